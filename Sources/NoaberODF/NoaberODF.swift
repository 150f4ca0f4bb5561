// Module NoaberODF: see README "Modules".
