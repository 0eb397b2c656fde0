import { runDepartment } from '@zone/common';
import { loadTaxConfig } from './config';
import { tax } from './index';

// Fail at start-up, naming the variable, rather than on the first request.
loadTaxConfig(process.env);
void runDepartment(tax);
