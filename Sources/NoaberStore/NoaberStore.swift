// Module NoaberStore: see README "Modules".
