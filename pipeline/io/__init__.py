"""Reading inputs into Documents and writing outputs atomically: the only place bytes meet text."""
