import { departmentPrismaConfig } from '../common/src/prisma-config';

export default departmentPrismaConfig('forex', __dirname);
