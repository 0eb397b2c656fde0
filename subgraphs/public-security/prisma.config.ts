import { departmentPrismaConfig } from '../common/src/prisma-config';

export default departmentPrismaConfig('public-security', __dirname);
