// Module NoaberAggregation: see README "Modules".
