-- A joint measure demanding re-verification withholds the registry's verdict (PUBLIC_SECURITY_REVERIFICATION).
ALTER TYPE "IdentityVerdict" ADD VALUE 'REVERIFICATION_REQUIRED';
