-- Indexes for the order list at a million orders (docs/performance.md has the figures and plans).
-- Plain b-tree indexes: the same on PostgreSQL and H2.

-- The first page of a period for all managers: OrderRepository.find sorts by visit date, visit
-- time and number, the order of this index, so the page is read in order and the scan stops with it.
create index crm_order_visit_order_idx on crm_order (visit_date, visit_start, number);

-- The count and the totals of a period (OrderRepository.find's count, OrderRepository.totals): with
-- the status, amount and final sum in the index, PostgreSQL answers them from the index alone. It
-- replaces crm_order_visit_idx (visit_date, status), with which it begins.
create index crm_order_visit_totals_idx on crm_order (visit_date, status, amount, final_sum);
drop index crm_order_visit_idx;

-- A manager's orders of a period in the list's order: the list filtered by a manager, and a
-- manager's day (OrderRepository.ofManagerDay, the closing of a day). It replaces
-- crm_order_manager_idx (manager_id, visit_date), with which it begins.
create index crm_order_manager_visit_idx on crm_order (manager_id, visit_date, visit_start, number);
drop index crm_order_manager_idx;
