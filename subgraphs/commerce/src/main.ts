import { runDepartment } from '@zone/common';
import { commerce } from './index';

void runDepartment(commerce);
