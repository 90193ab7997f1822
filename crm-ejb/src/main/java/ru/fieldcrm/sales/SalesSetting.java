package ru.fieldcrm.sales;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The sales department's settings: one row. */
@Entity
@Table(name = "sales_setting")
public class SalesSetting {

    static final int ID = 1;

    @Id
    private int id;

    @Column(name = "sales_see_all_deals", nullable = false)
    private boolean salesSeeAllDeals;

    @Version
    private long version;

    protected SalesSetting() {
    }

    void change(boolean seeAll) {
        salesSeeAllDeals = seeAll;
    }

    SalesSettings toView() {
        return new SalesSettings(salesSeeAllDeals, version);
    }

    public boolean isSalesSeeAllDeals() {
        return salesSeeAllDeals;
    }

    public long getVersion() {
        return version;
    }
}
