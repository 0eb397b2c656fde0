import { runDepartment } from '@zone/common';
import { loadCustomsConfig } from './config';
import { customs } from './index';

// Fail at start-up, naming the variable, rather than on the first declaration.
loadCustomsConfig(process.env);
void runDepartment(customs);
