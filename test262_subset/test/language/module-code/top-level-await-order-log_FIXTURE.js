// Copyright (C) 2026 the pyjs authors. All rights reserved.
export const log = [];
