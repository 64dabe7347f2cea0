"""The Octane-like benchmark programs (*.js) and the generator of bigprogram.js."""
