import { runDepartment } from '@zone/common';
import { publicSecurity } from './index';

void runDepartment(publicSecurity);
