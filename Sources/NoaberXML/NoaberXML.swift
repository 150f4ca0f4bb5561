// Module NoaberXML: see README "Modules".
