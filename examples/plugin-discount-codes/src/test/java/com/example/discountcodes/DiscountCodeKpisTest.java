package com.example.discountcodes;

import dev.northstar.formulas.spi.KpiProvider;
import dev.northstar.testkit.contract.KpiProviderContract;

/** The plugin's KPI provider passes the test kit's contract. */
class DiscountCodeKpisTest implements KpiProviderContract {

  @Override
  public KpiProvider provider() {
    return new DiscountCodeMetrics();
  }
}
