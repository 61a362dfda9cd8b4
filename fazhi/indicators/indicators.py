"""Keys of figures no register computes: 政务服务 figures come from the government-service platform and are
entered as reported values with evidence (`/r/reported-values/`)."""

from fazhi.core.indicators import declare, declare_area

# -- what this area says about its keys (labels of its own keys, stocks, dashboard places) --
declare_area("services", "政务服务")
declare("services.cert_free_items", stock=True)
declare("services.commitment_items", stock=True)
declare("services.items", stock=True)
declare("services.power_list_items", stock=True)
