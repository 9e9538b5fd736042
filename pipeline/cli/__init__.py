"""A thin command line over the library: each subcommand parses options and calls the API."""
