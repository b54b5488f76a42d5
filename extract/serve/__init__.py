"""`renstra serve`: the HTTP API over the same sandboxed parsing as the CLI.

One job per module: ``config`` (ServeConfig), ``options`` (query options -> Settings, as
the CLI's), ``uploads`` (request bodies streamed to a job folder under a size limit),
``reading`` (what a sandboxed worker runs for one upload), ``workers`` (the persistent
pool of sandboxes for single documents), ``jobs`` (JobStore: batch folders, their state,
the runner thread and the sweeper), ``models`` (the pydantic response models of the
OpenAPI document), ``views`` (a batch's status and the rules as the API answers them),
``problems`` (ApiProblem and the handlers that answer every error as an ApiError), ``v1``
(the ``/v1`` routes), ``app`` (``create_app``: the application, its lifespan and
``/healthz``) and the web page: ``web``
(its routes, the token cookie), ``page_html`` (its HTML), ``page_texts`` (its words) and
``static/`` (page.js, page.css).

Only ``app`` (and the modules it alone imports) needs FastAPI: the modules a worker or the CLI
loads (``reading``, ``config``) import no web framework, so a sandbox starts as fast as
the CLI's and `renstra serve --help` answers without the `serve` extra.
"""
