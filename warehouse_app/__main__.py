from warehouse_app.cli import main

raise SystemExit(main())
