import { departmentPrismaConfig } from '../common/src/prisma-config';

export default departmentPrismaConfig('post', __dirname);
