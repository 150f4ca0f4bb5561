// Module NoaberFormats: see README "Modules".
