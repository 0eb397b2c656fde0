import type { AttestationDecision } from '@zone/common';

/** What forex attests of an enterprise in the trade FX directory. */
export const FX_DIRECTORY_REGISTERED = 'FX_DIRECTORY_REGISTERED';

/** The legal basis of the trade FX directory: 汇发〔2020〕11号, 经常项目外汇业务指引 (名录登记). */
export const FX_DIRECTORY_BASIS = '汇发〔2020〕11号：经常项目外汇业务指引（2020年版），贸易外汇收支企业名录登记';

/** The directory standing is attested for a year; a changed registration supersedes it before then. */
export const FX_DIRECTORY_ATTESTATION_VALID_SECONDS = 365 * 24 * 3600;

export interface RegistrationForAttestation {
  uscc: string;
  revision: number;
  registeredAt: Date;
  registeredBy: string;
  contentHash: string;
}

/** The serial's local part: the enterprise and the revision of its registration. */
export const fxDirectoryAttestationKey = (registration: Pick<RegistrationForAttestation, 'uscc' | 'revision'>) => `${registration.uscc}:R${registration.revision}`;

export function fxDirectoryAttestationOf(registration: RegistrationForAttestation, at: Date): AttestationDecision {
  return {
    recordSerial: fxDirectoryAttestationKey(registration),
    subject: { type: 'Enterprise', key: registration.uscc },
    claim: FX_DIRECTORY_REGISTERED,
    basis: FX_DIRECTORY_BASIS,
    evidence: { ...registration },
    at,
    validForSeconds: FX_DIRECTORY_ATTESTATION_VALID_SECONDS,
  };
}
