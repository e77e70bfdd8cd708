def catch(exc):
    try:
        raise exc
    except LookupError as e:
        return "LookupError<-" + type(e).__name__
    except ArithmeticError as e:
        return "ArithmeticError<-" + type(e).__name__
    except Exception as e:
        return "Exception<-" + type(e).__name__
for exc in (IndexError, KeyError, ZeroDivisionError, OverflowError, ValueError, TypeError, NameError, RuntimeError):
    print(catch(exc))
print(issubclass(KeyError, LookupError), issubclass(ValueError, Exception), issubclass(Exception, BaseException))
print(isinstance(ValueError("x"), Exception))
