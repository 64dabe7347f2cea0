console.log("Hello from pyjs", 6 * 7);
