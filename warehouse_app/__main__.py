from warehouse_app.launch import main

raise SystemExit(main())
