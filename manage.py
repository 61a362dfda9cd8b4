#!/usr/bin/env python
from fazhi.cli import main

if __name__ == "__main__":
    main()
