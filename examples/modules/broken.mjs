import { missing } from './counter.mjs';
