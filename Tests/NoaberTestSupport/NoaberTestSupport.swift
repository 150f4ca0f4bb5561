// Module NoaberTestSupport: see README "Modules".
