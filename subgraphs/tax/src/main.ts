import { runDepartment } from '@zone/common';
import { tax } from './index';

void runDepartment(tax);
