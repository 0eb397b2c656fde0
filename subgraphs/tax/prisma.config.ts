import { departmentPrismaConfig } from '../common/src/prisma-config';

export default departmentPrismaConfig('tax', __dirname);
