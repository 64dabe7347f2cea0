// Copyright (C) 2026 the pyjs authors. All rights reserved.
export let value = 1;
export function bump() { value += 1; }
