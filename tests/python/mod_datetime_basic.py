# datetime: date/time/datetime/timedelta/timezone arithmetic, formatting, parsing (no clock reads)
from datetime import date, datetime, timedelta, time, timezone
d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=2), d - date(2023, 12, 25), d.weekday(), d.isoweekday(), d.isoformat(), d.isocalendar())
print(d.strftime('%Y/%m/%d %A %B %j %a %b'), f'{d:%d.%m.%Y}', d.replace(day=1), date.fromisoformat('2020-05-17'), d.toordinal(), date.fromordinal(738000))
dt = datetime(2024, 3, 10, 14, 5, 9, 123456)
print(dt, repr(dt), dt.isoformat(), dt.date(), dt.time(), dt + timedelta(hours=12), dt - timedelta(days=40), dt.strftime('%H:%M:%S.%f %p %I %y'))
print(repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 5)), str(datetime(2024, 1, 1, 5, 6, 7)), dt.isoformat(timespec='minutes'), dt.isoformat(' ', 'milliseconds'))
print(datetime(2024, 1, 2) - datetime(2023, 12, 31, 12), datetime(2024, 1, 1) < datetime(2024, 1, 2), max(datetime(2020, 1, 1), datetime(2021, 1, 1)))
td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(td, repr(td), td.total_seconds(), -td, abs(-td), td * 2, td / 2, td // timedelta(hours=1), timedelta(0), repr(timedelta(0)), timedelta(weeks=1, milliseconds=1.5))
print(timedelta(hours=-1), repr(timedelta(hours=-1)), timedelta(days=2) > timedelta(hours=47), str(timedelta(days=-1, seconds=5)))
print(datetime.strptime('2024-03-10 14:05', '%Y-%m-%d %H:%M'), datetime.strptime('10/Mar/2024', '%d/%b/%Y'), datetime.fromisoformat('2024-03-10T14:05:09'))
u = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
print(u, repr(u), u.isoformat(), u.timestamp(), u.astimezone(timezone(timedelta(hours=2))), timezone(timedelta(hours=-5, minutes=-30)), repr(timezone.utc))
print(datetime.fromtimestamp(0, timezone.utc), datetime.fromtimestamp(1700000000.5, tz=timezone.utc), datetime(2024, 1, 1, tzinfo=timezone.utc) - datetime(2023, 1, 1, tzinfo=timezone.utc))
print(time(9, 30), repr(time(9, 30, 15)), time(9, 30).isoformat(), time(1, 2, 3, 4), time.fromisoformat('10:20:30.5'), datetime.combine(date(2020, 1, 2), time(3, 4)))
print(sorted([date(2020, 5, 1), date(2019, 1, 1)]), {date(2020, 1, 1): 1}[date(2020, 1, 1)], date(2020, 1, 1) == date(2020, 1, 1), date.min, date.max, datetime.max)
for bad in [lambda: date(2023, 2, 29), lambda: date(2023, 13, 1), lambda: datetime(2020, 1, 1, 24), lambda: datetime.strptime('x', '%Y'), lambda: date.fromisoformat('2020-1-1')]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
print(date(2000, 2, 29) + timedelta(days=365), date(2024, 12, 31).strftime('%j'), datetime(2024, 2, 29).replace(year=2028))
