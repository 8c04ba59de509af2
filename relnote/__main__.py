from relnote.cli import main

raise SystemExit(main())
