import { runDepartment } from '@zone/common';
import { forex } from './index';

void runDepartment(forex);
