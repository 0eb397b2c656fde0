import { runDepartment } from '@zone/common';
import { customs } from './index';

void runDepartment(customs);
