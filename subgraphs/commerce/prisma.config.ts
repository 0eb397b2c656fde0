import { departmentPrismaConfig } from '../common/src/prisma-config';

export default departmentPrismaConfig('commerce', __dirname);
