// Copyright (C) 2026 the pyjs authors. All rights reserved.
import { hoisted, lexical } from './cycle-evaluation-order.js';
export const order = ['fixture', hoisted()];
try { lexical; } catch (e) { order.push(e.constructor.name); }
export function late() { return lexical; }
