class ConfigError(Exception):
    """Raised for bad configuration."""
class MissingKey(ConfigError, KeyError):
    pass
def load(cfg):
    try:
        return cfg["port"]
    except KeyError as e:
        raise MissingKey("port") from e
print("start")
load({})
