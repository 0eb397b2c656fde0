import { departmentPrismaConfig } from '../common/src/prisma-config';

export default departmentPrismaConfig('customs', __dirname);
