"""Hardening: bad input, hostile input, crashes and concurrency lose nothing and let nothing in."""
