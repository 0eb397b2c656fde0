import { runDepartment } from '@zone/common';
import { post } from './index';

void runDepartment(post);
