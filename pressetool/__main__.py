from pressetool.cli import main

raise SystemExit(main())
