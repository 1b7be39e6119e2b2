-- The district table: the latest figures per district, most hectares first.
SELECT district, as_of, hectares_cleared, anti_personnel_mines, anti_tank_mines, uxo, items
FROM district_clearance ORDER BY hectares_cleared DESC NULLS LAST, district
