"""Reads "kB" as 1000 bytes, but /proc/meminfo means KiB (1024)."""

REJECTED_BY: tuple[str, ...] = ("reports_memtotal_and_memavailable_in_bytes",)


def memory_info():
    fields = {}
    with open("/proc/meminfo") as f:
        for line in f:
            name, _, rest = line.partition(":")
            fields[name] = int(rest.split()[0])
    return {"total": fields["MemTotal"] * 1000, "available": fields["MemAvailable"] * 1000}
