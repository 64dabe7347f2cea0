// Copyright (C) 2026 the pyjs authors. All rights reserved.
export var z = 26, a = 1;
export { a as b };
export default null;
