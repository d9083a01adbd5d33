"""Returns the numbers of /proc/meminfo as they are, in KiB instead of bytes."""

REJECTED_BY: tuple[str, ...] = ("reports_memtotal_and_memavailable_in_bytes",)


def memory_info():
    fields = {}
    with open("/proc/meminfo") as f:
        for line in f:
            name, _, rest = line.partition(":")
            fields[name] = int(rest.split()[0])
    return {"total": fields["MemTotal"], "available": fields["MemAvailable"]}
