"""The course: sections and exercises, with titles, lessons and hints in English and Korean.

This module is the single home of what the course *is*.  Checks (``checks/chN.py``) register
against the names here; the report and the collector read titles, hints and points from here.
Nothing in this module touches the machine.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Text:
    """A learner-facing sentence in both course languages."""

    en: str
    ko: str

    def __call__(self, lang: str) -> str:
        return self.ko if lang == "ko" else self.en


@dataclass(frozen=True)
class Exercise:
    section: str
    name: str
    title: Text
    lesson: Text
    hints: tuple[Text, ...]
    points: int

    @property
    def id(self) -> str:
        return f"{self.section}/{self.name}"


@dataclass(frozen=True)
class Section:
    id: str
    title: Text
    exercises: tuple[Exercise, ...]

    @property
    def number(self) -> int:
        return int(self.id.removeprefix("ch"))


def _exercises(section: str, *entries: tuple[str, Text, Text, tuple[Text, ...], int]) -> tuple[Exercise, ...]:
    return tuple(
        Exercise(section, name, title, lesson, hints, points)
        for name, title, lesson, hints, points in entries
    )


T = Text

# --- ch1 ---------------------------------------------------------------------------------------
CH1 = _exercises(
    "ch1",
    (
        "machine_fingerprint",
        T("Fingerprint of a machine", "서버의 지문"),
        T(
            "Scale out means running the same program on many servers, and it breaks when the servers"
            " differ: another kernel, another CPU architecture, another distribution, another Python,"
            " another number of CPUs. Collect those facts from the running machine: os.uname() for the"
            " kernel release and the architecture, /etc/os-release for the distribution, the platform"
            " module for Python, os.cpu_count() for the CPUs.",
            "scale out은 같은 프로그램을 여러 서버에서 돌리는 일이고, 서버끼리 다르면 깨진다. 커널,"
            " CPU 아키텍처, 배포판, 파이썬, CPU 수가 다를 수 있다. 지금 돌고 있는 기계에서 이 사실들을"
            " 모으자. 커널 릴리스와 아키텍처는 os.uname(), 배포판은 /etc/os-release, 파이썬은 platform"
            " 모듈, CPU 수는 os.cpu_count()에 있다.",
        ),
        (
            T("os.uname() has release (uname -r) and machine (uname -m); version is something else.",
              "os.uname()에 release(uname -r)와 machine(uname -m)이 있다. version은 다른 값이다."),
            T("In /etc/os-release split each line on the first '=', match the key exactly (ID, not"
              " ID_LIKE), strip double or single quotes, and catch FileNotFoundError for \"unknown\".",
              "/etc/os-release는 줄마다 첫 '='에서 나누고, 키를 정확히 비교하고(ID_LIKE가 아니라 ID),"
              " 큰따옴표나 작은따옴표를 벗기자. 파일이 없으면 FileNotFoundError를 잡아 \"unknown\"을 쓰자."),
            T("platform.python_version() gives \"3.11.7\"; os.cpu_count() ignores the CPU affinity mask.",
              "platform.python_version()은 \"3.11.7\" 꼴을 준다. os.cpu_count()는 CPU affinity를 무시한다."),
        ),
        2,
    ),
    (
        "fingerprint_diff",
        T("What differs between two servers", "두 서버의 차이"),
        T(
            "With many servers you cannot compare their fingerprints by eye. Given two dictionaries,"
            " keep only the keys whose values differ and put both values side by side as a pair. A key"
            " one side lacks counts as None there, so None against a missing key is no difference.",
            "서버가 많아지면 지문을 눈으로 비교할 수 없다. 두 딕셔너리에서 값이 다른 키만 남기고 두"
            " 값을 쌍으로 나란히 놓자. 한쪽에 없는 키는 그쪽 값이 None인 것으로 친다. 그러니 None과 없는"
            " 키는 차이가 아니다.",
        ),
        (
            T("Look at the keys of both dictionaries: a.keys() | b.keys().",
              "두 딕셔너리의 키를 모두 보자: a.keys() | b.keys()."),
            T("a.get(key) is None for a missing key; the value is the tuple (a.get(key), b.get(key)).",
              "a.get(key)는 없는 키에 None을 준다. 결과 값은 튜플 (a.get(key), b.get(key))이다."),
        ),
        1,
    ),
    (
        "servers_needed",
        T("How many servers to scale out", "scale out에 필요한 서버 수"),
        T(
            "Scale out spreads the requests over many servers, and some of them will fail. Carry the"
            " peak load with ceil(peak_rps / rps_per_server) servers, never fewer than one, and add"
            " spares so that the peak is still carried while that many servers are down. Inputs that"
            " make no sense (no capacity per server, negative load or spares) are a ValueError.",
            "scale out은 요청을 여러 서버에 나누고, 그중 몇 대는 고장 난다. 최대 부하는"
            " ceil(peak_rps / rps_per_server)대로 감당하되 한 대보다 적을 수는 없고, 예비 서버 spares를"
            " 더해서 그만큼 죽어도 최대 부하를 버티게 하자. 말이 안 되는 입력(서버당 처리량이 0 이하,"
            " 음수 부하나 음수 예비 서버)은 ValueError다.",
        ),
        (
            T("Check the inputs first; then the integer ceiling of a / b is -(-a // b).",
              "먼저 입력을 검사하자. 그다음 a / b의 정수 올림은 -(-a // b)이다."),
            T("Zero requests still need one server: max(1, ...) + spares, and spares defaults to 1.",
              "요청이 0이어도 서버는 한 대 필요하다: max(1, ...) + spares. spares의 기본값은 1이다."),
        ),
        1,
    ),
)
# --- ch2 ---------------------------------------------------------------------------------------
CH2 = _exercises(
    "ch2",
    (
        "cpu_count",
        T("CPUs of the machine", "기계의 CPU 수"),
        T(
            "The CPU computes, and a machine has several logical CPUs. The kernel describes each online"
            " one in /proc/cpuinfo as a block that starts with a line \"processor : N\". That is the"
            " machine's count, not the set of CPUs this process may run on (its affinity), which"
            " taskset or a container runtime can narrow: the check runs your code pinned to one CPU.",
            "계산은 CPU가 하고, 기계에는 논리 CPU가 여러 개 있다. 커널은 켜져 있는 CPU마다"
            " /proc/cpuinfo에 \"processor : N\" 줄로 시작하는 블록을 하나씩 적는다. 이것이 기계의 CPU"
            " 수다. 이 프로세스가 돌 수 있는 CPU 집합(affinity)은 taskset이나 컨테이너 런타임이 좁힐 수"
            " 있는 다른 값이다. 검사는 코드를 CPU 하나에 묶어서 돌린다.",
        ),
        (
            T("The machine's CPUs are listed in /proc/cpuinfo; os.sched_getaffinity(0) only says which"
              " CPUs this process may use.",
              "기계의 CPU는 /proc/cpuinfo에 나열되어 있다. os.sched_getaffinity(0)는 이 프로세스가 쓸 수"
              " 있는 CPU만 알려 준다."),
            T("Count the lines whose key (before ':') is exactly \"processor\"; do not take the last"
              " processor number, it counts from 0.",
              "':' 앞의 키가 정확히 \"processor\"인 줄을 세자. 마지막 processor 번호를 쓰면 안 된다."
              " 번호는 0부터 센다."),
        ),
        1,
    ),
    (
        "memory_info",
        T("RAM of the machine", "기계의 RAM"),
        T(
            "RAM is the CPU's scratch paper. /proc/meminfo reports it line by line: MemTotal is the RAM"
            " the kernel manages, MemAvailable what a new program could still get (free memory plus"
            " cache the kernel can drop; MemFree is less). The unit says kB but means KiB: multiply by"
            " 1024 and return bytes.",
            "RAM은 CPU의 연습장이다. /proc/meminfo가 한 줄씩 알려 준다. MemTotal은 커널이 관리하는 RAM,"
            " MemAvailable은 새 프로그램이 아직 얻을 수 있는 양이다(빈 메모리에 커널이 비울 수 있는 캐시를"
            " 더한 값이라 MemFree보다 크다). 단위는 kB라고 쓰지만 KiB다. 1024를 곱해 바이트로 돌려주자.",
        ),
        (
            T("Split each line on ':'; the number is the first word after it.",
              "줄마다 ':'로 나누자. 숫자는 그 뒤의 첫 단어다."),
            T("total = MemTotal * 1024 and available = MemAvailable * 1024 (not MemFree, not * 1000).",
              "total = MemTotal * 1024, available = MemAvailable * 1024다(MemFree도, * 1000도 아니다)."),
        ),
        1,
    ),
    (
        "process_rss",
        T("RAM held by one process", "프로세스 하나가 차지한 RAM"),
        T(
            "The kernel gives a process real RAM page by page, when it first touches each page. What it"
            " holds now is its resident set size, the VmRSS line of /proc/PID/status, in KiB. VmSize"
            " (reserved address space) and VmHWM (the peak) are other things. A zombie or a kernel"
            " thread has no memory and no VmRSS line: that is 0 bytes.",
            "커널은 프로세스가 페이지를 처음 건드릴 때 한 페이지씩 실제 RAM을 준다. 지금 차지한 양이"
            " 상주 집합 크기(RSS)이고, /proc/PID/status의 VmRSS 줄에 KiB로 있다. VmSize(예약한 주소"
            " 공간)와 VmHWM(최고치)은 다른 값이다. 좀비나 커널 쓰레드는 메모리가 없어서 VmRSS 줄도 없다."
            " 그때는 0바이트다.",
        ),
        (
            T("Find the line starting with \"VmRSS:\" and multiply its number by 1024; no such line"
              " means 0.",
              "\"VmRSS:\"로 시작하는 줄을 찾아 숫자에 1024를 곱하자. 그런 줄이 없으면 0이다."),
            T("Reject bool and non-int pids with TypeError first; turn FileNotFoundError into"
              " ProcessLookupError.",
              "먼저 bool이나 int가 아닌 pid는 TypeError로 거절하자. FileNotFoundError는"
              " ProcessLookupError로 바꾸자."),
        ),
        2,
    ),
    (
        "disk_usage",
        T("How full a disk is", "디스크가 얼마나 찼는지"),
        T(
            "RAM forgets at power-off, so what must last lives on secondary storage. os.statvfs(path)"
            " describes the file system of path in blocks of f_frsize bytes: f_blocks in all, f_bfree"
            " free including the root reserve, f_bavail free for everyone. Count like shutil.disk_usage"
            " and df: total = f_blocks, used = f_blocks - f_bfree, free = f_bavail, all times f_frsize.",
            "RAM은 전원이 꺼지면 잊어버리므로 오래 남을 것은 보조 기억 장치에 둔다. os.statvfs(path)는"
            " path가 속한 파일 시스템을 f_frsize 바이트짜리 블록 단위로 알려 준다. f_blocks는 전체,"
            " f_bfree는 root 예약분을 포함한 빈 블록, f_bavail은 누구나 쓸 수 있는 빈 블록이다."
            " shutil.disk_usage나 df처럼 세자: total = f_blocks, used = f_blocks - f_bfree,"
            " free = f_bavail, 모두 f_frsize를 곱한다.",
        ),
        (
            T("Every count is in blocks: multiply by st.f_frsize to get bytes.",
              "모든 값은 블록 수다. st.f_frsize를 곱해야 바이트가 된다."),
            T("free is f_bavail (not f_bfree), used is f_blocks - f_bfree (not total - free).",
              "free는 f_bavail이고(f_bfree가 아니다), used는 f_blocks - f_bfree다(total - free가 아니다)."),
        ),
        2,
    ),
)
# --- ch3 ---------------------------------------------------------------------------------------
CH3 = _exercises(
    "ch3",
    (
        "kernel_release",
        T("The running kernel", "지금 돌고 있는 커널"),
        T(
            "At power-on a boot loader copies the kernel from disk into RAM, and it stays there until"
            " power-off, serving every program; restarting clears whatever state it had built up. Its"
            " release string names exactly which kernel that is, and containers share it: a container"
            " brings its own programs and libraries, never its own kernel.",
            "전원이 켜지면 부트로더가 커널을 디스크에서 RAM으로 복사하고, 커널은 전원이 꺼질 때까지"
            " 메모리에 머물며 모든 프로그램을 돕는다. 재부팅하면 커널에 쌓인 상태가 모두 초기화된다."
            " 릴리스 문자열은 지금 어떤 커널이 돌고 있는지 알려 주고, 컨테이너는 이 커널을 함께 쓴다."
            " 컨테이너는 자기 프로그램과 라이브러리를 가져오지만 커널은 가져오지 않는다.",
        ),
        (
            T("The kernel publishes `uname -r` as a one-line file under /proc/sys/kernel/.",
              "커널은 `uname -r`의 값을 /proc/sys/kernel/ 아래 한 줄짜리 파일로 보여 준다."),
            T("Read /proc/sys/kernel/osrelease and strip the trailing newline.",
              "/proc/sys/kernel/osrelease를 읽고 끝의 줄바꿈을 없애자."),
        ),
        1,
    ),
    (
        "uptime",
        T("Time since boot", "부팅 후 흐른 시간"),
        T(
            "The kernel counts the time since it was loaded at boot. /proc/uptime holds two numbers in"
            " seconds: the time since boot, then the time all CPUs together spent idle (which can be"
            " larger than the first on a machine with several CPUs). A container shows the host's"
            " uptime, because it never booted: its processes run on the host's kernel.",
            "커널은 부팅 때 올라온 뒤 흐른 시간을 센다. /proc/uptime에는 초 단위 숫자가 둘 있다."
            " 첫째는 부팅 후 흐른 시간, 둘째는 모든 CPU가 쉰 시간의 합이다(CPU가 여럿이면 첫째보다 클"
            " 수 있다). 컨테이너는 부팅한 적이 없으니 호스트의 uptime을 보여 준다. 컨테이너의"
            " 프로세스는 호스트의 커널 위에서 돌기 때문이다.",
        ),
        (
            T("Only the first of the two numbers is the time since boot.",
              "두 숫자 중 첫째만 부팅 후 흐른 시간이다."),
            T("float(open(\"/proc/uptime\").read().split()[0]): keep the fraction, return a float.",
              "float(open(\"/proc/uptime\").read().split()[0]): 소수점 아래를 버리지 말고 float로 돌려주자."),
        ),
        1,
    ),
    (
        "ancestry",
        T("From a program up to init", "프로그램에서 init까지"),
        T(
            "The shell is the bridge between you and the kernel: it reads a command and asks the kernel"
            " to start the program as its child. So a program's parent is your shell, the shell's parent"
            " a terminal or login program, and so on up to PID 1, the first process the kernel started."
            " /proc/PID/stat shows each process's command name (comm, in parentheses) and its parent's"
            " PID; PID 1's parent is 0.",
            "셸은 사용자와 커널을 잇는 다리다. 명령을 읽고, 그 프로그램을 자기 자식으로 실행해 달라고"
            " 커널에 부탁한다. 그래서 프로그램의 부모는 셸이고, 셸의 부모는 터미널이나 로그인"
            " 프로그램이며, 이렇게 올라가면 커널이 처음 시작한 PID 1에 닿는다. /proc/PID/stat에는"
            " 프로세스의 명령 이름(comm, 괄호 안)과 부모의 PID가 있고, PID 1의 부모는 0이다.",
        ),
        (
            T("Follow the 4th field of /proc/PID/stat (the ppid) until it is 0, keeping (pid, comm) each"
              " time, the starting process included.",
              "/proc/PID/stat의 넷째 필드(ppid)가 0이 될 때까지 따라가며, 시작 프로세스를 포함해"
              " 매번 (pid, comm)을 모으자."),
            T("A comm may contain spaces (\"my shell\"): take the name between the first \"(\" and the LAST"
              " \")\", and split only what follows it. Not /proc/PID/cmdline: that is the argument list.",
              "comm에는 공백이 들어갈 수 있다(\"my shell\"). 첫 \"(\"와 마지막 \")\" 사이가 이름이고,"
              " 그 뒤만 나누자. /proc/PID/cmdline은 인자 목록이지 이름이 아니다."),
        ),
        2,
    ),
    (
        "run_program",
        T("Run a program like a shell does", "셸처럼 프로그램 실행하기"),
        T(
            "Program execution is the first service of an operating system. A shell runs a command with"
            " fork (copy itself), exec (the copy becomes the program) and waitpid (collect the exit"
            " status and let the kernel forget the finished child). Pipes connect the program's stdin"
            " and stdout to the caller; a pipe holds only 64 KiB, so a program that prints more waits"
            " until someone reads.",
            "프로그램 실행은 운영체제의 첫 번째 서비스다. 셸은 fork(자신을 복사), exec(복사본이 그"
            " 프로그램이 됨), waitpid(종료 상태를 받고, 끝난 자식을 커널이 잊게 함)로 명령을 실행한다."
            " 파이프는 프로그램의 stdin과 stdout을 호출한 쪽에 잇는다. 파이프는 64 KiB만 담을 수 있어서,"
            " 그보다 많이 출력하는 프로그램은 누군가 읽어 줄 때까지 기다린다.",
        ),
        (
            T("Read the child's stdout while it runs (select.poll, or a thread), and only then waitpid;"
              " os.waitstatus_to_exitcode turns the wait status into the code or -signal.",
              "자식이 도는 동안 stdout을 읽고(select.poll이나 쓰레드), 그다음에 waitpid하자."
              " os.waitstatus_to_exitcode는 wait status를 종료 코드나 -시그널로 바꿔 준다."),
            T("A failed execvp happens in the child: send its errno back through an extra os.pipe() (closed"
              " by a successful exec), reap the child, and raise OSError(errno, ...) in the caller.",
              "execvp 실패는 자식 안에서 일어난다. 여분의 os.pipe()(exec가 성공하면 닫힌다)로 errno를"
              " 돌려보내고, 자식을 거둔 다음, 호출한 쪽에서 OSError(errno, ...)를 일으키자."),
        ),
        3,
    ),
    (
        "open_files",
        T("Files a process holds open", "프로세스가 열어 둔 파일"),
        T(
            "Programs never drive disks or network cards themselves: they ask the kernel to open a file"
            " and get back a file descriptor, a small number they pass to read and write. The kernel"
            " shows every descriptor of process PID as a link /proc/PID/fd/N whose text is a path, or"
            " socket:[…], pipe:[…], anon_inode:[…] for things that are not files; a file deleted while"
            " open keeps its path with \" (deleted)\" appended.",
            "프로그램은 디스크나 네트워크 카드를 직접 다루지 않는다. 커널에 파일을 열어 달라고 하고, 그"
            " 대가로 받은 작은 숫자인 파일 디스크립터를 read와 write에 넘긴다. 커널은 프로세스 PID의"
            " 디스크립터를 링크 /proc/PID/fd/N으로 보여 주는데, 링크 내용은 경로이거나, 파일이 아닌"
            " 것이면 socket:[…], pipe:[…], anon_inode:[…]이다. 연 채로 지워진 파일은 경로 뒤에"
            " \" (deleted)\"가 붙는다.",
        ),
        (
            T("os.readlink each entry of /proc/PID/fd; a set removes the file opened twice.",
              "/proc/PID/fd의 항목마다 os.readlink를 하자. 두 번 연 파일은 set으로 한 번만 남기자."),
            T("stat.S_ISREG(os.stat(link).st_mode) keeps regular files only, deleted ones included (stat"
              " through the link reaches the open file); keep \" (deleted)\" as the link shows it.",
              "stat.S_ISREG(os.stat(link).st_mode)로 일반 파일만 남기자. 링크를 통한 stat은 열린 파일"
              " 자체에 닿아서 지워진 파일에도 된다. \" (deleted)\"는 링크에 보이는 그대로 두자."),
        ),
        2,
    ),
    (
        "read_shared",
        T("Read shared memory", "공유 메모리 읽기"),
        T(
            "Processes cannot see each other's memory, so to talk fast they ask the kernel for shared"
            " memory: a segment one process creates with shm_open and every process maps with mmap;"
            " what one writes, the others see at once. On Linux the POSIX segment /NAME is the file"
            " /dev/shm/NAME on a RAM file system. The segment belongs to its creator: a reader must not"
            " remove it.",
            "프로세스는 서로의 메모리를 볼 수 없다. 그래서 빠르게 데이터를 주고받으려면 커널에 공유"
            " 메모리를 부탁한다. 한 프로세스가 shm_open으로 세그먼트를 만들고, 여러 프로세스가 mmap으로"
            " 매핑하면 한쪽이 쓴 것을 다른 쪽이 바로 본다. 리눅스에서 POSIX 세그먼트 /NAME은 RAM 파일"
            " 시스템의 파일 /dev/shm/NAME이다. 세그먼트의 주인은 만든 프로세스이니, 읽는 쪽은 지우면"
            " 안 된다.",
        ),
        (
            T("Open /dev/shm/NAME read-only and return only the first size bytes, not the whole segment.",
              "/dev/shm/NAME을 읽기 전용으로 열고, 세그먼트 전체가 아니라 앞의 size 바이트만 돌려주자."),
            T("mmap.mmap(fd, length, prot=mmap.PROT_READ) maps it; never call unlink or shm_unlink.",
              "mmap.mmap(fd, length, prot=mmap.PROT_READ)로 매핑하자. unlink나 shm_unlink는 부르지 말자."),
        ),
        2,
    ),
    (
        "resource_limits",
        T("Resource limits of a process", "프로세스의 자원 한도"),
        T(
            "When many processes run at once the operating system shares out CPU, memory and files,"
            " and caps each process with resource limits: a soft value that is enforced and a hard"
            " ceiling up to which the process may raise it. /proc/PID/limits prints them as a"
            " fixed-width table; `docker run --ulimit` sets exactly these on a container's first"
            " process.",
            "여러 프로세스가 동시에 돌 때 운영체제는 CPU, 메모리, 파일을 나눠 주고 프로세스마다 자원"
            " 한도를 건다. 한도에는 실제로 적용되는 soft 값과, 프로세스가 soft 값을 올릴 수 있는 상한인"
            " hard 값이 있다. /proc/PID/limits는 이를 고정 폭 표로 보여 주고, `docker run --ulimit`은"
            " 컨테이너의 첫 프로세스에 바로 이 한도를 건다.",
        ),
        (
            T("Values are int, and \"unlimited\" becomes None.",
              "값은 int로, \"unlimited\"는 None으로 바꾸자."),
            T("Names contain spaces and some rows have no units: cut each row where the header's"
              " \"Soft Limit\" column starts instead of splitting on whitespace.",
              "이름에는 공백이 있고 단위가 없는 줄도 있다. 공백으로 나누지 말고, 머리줄의 \"Soft Limit\""
              " 열이 시작하는 위치에서 각 줄을 자르자."),
        ),
        2,
    ),
)
# --- ch4 ---------------------------------------------------------------------------------------
CH4 = _exercises(
    "ch4",
    (
        "program_kind",
        T("Compiled or interpreted?", "컴파일된 프로그램인가, 스크립트인가"),
        T(
            "A program is a static file on disk, a set of instructions nobody is running yet. A"
            " compiler turns source code into machine code ahead of time, and on Linux the result is"
            " an ELF file starting with the bytes \\x7fELF; an interpreted program is the source text"
            " itself, and a script the kernel can start names its interpreter after #! on its first"
            " line. The kernel tells them apart by these first bytes, never by the file name.",
            "프로그램은 디스크에 있는 정적인 파일, 아직 아무도 실행하지 않은 명령어의 집합이다."
            " 컴파일러는 소스 코드를 미리 기계어로 바꾸고, 리눅스에서 그 결과는 \\x7fELF 바이트로"
            " 시작하는 ELF 파일이다. 인터프리터 방식의 프로그램은 소스 텍스트 자체이고, 커널이 바로"
            " 실행할 수 있는 스크립트는 첫 줄의 #! 뒤에 인터프리터를 적는다. 커널은 파일 이름이 아니라"
            " 이 첫 바이트로 둘을 구분한다.",
        ),
        (
            T("Ignore the file name and its extension: read the first four bytes.",
              "파일 이름과 확장자는 무시하고 첫 네 바이트를 읽자."),
            T("open(path, \"rb\").read(4), then head.startswith(b\"\\x7fELF\") or head.startswith(b\"#!\");"
              " text mode fails on ELF files.",
              "open(path, \"rb\").read(4)로 읽고 head.startswith(b\"\\x7fELF\")나 head.startswith(b\"#!\")를"
              " 보자. 텍스트 모드로 열면 ELF 파일에서 실패한다."),
        ),
        1,
    ),
    (
        "pid_in_proc",
        T("Is this a process?", "이 번호는 프로세스인가"),
        T(
            "A process is a program loaded into RAM and running, known by its PID. The kernel lists"
            " every process in /proc, whether it runs, sleeps, is stopped or has exited as a zombie"
            " its parent has not reaped yet. Threads have ids from the same number space, and"
            " /proc/TID of a thread can be opened although ls /proc does not list it: only the"
            " listing tells processes apart.",
            "프로세스는 RAM에 올라가 실행 중인 프로그램이고, PID로 불린다. 커널은 실행 중이든, 자고"
            " 있든, 멈췄든, 끝났지만 부모가 아직 거두지 않은 좀비든 모든 프로세스를 /proc에 나열한다."
            " 쓰레드의 id도 같은 번호 공간에서 나오고, 쓰레드의 /proc/TID는 ls /proc에 나오지 않는데도"
            " 열린다. 프로세스를 가려내는 것은 목록뿐이다.",
        ),
        (
            T("os.path.exists and os.kill(pid, 0) both say yes for a thread id: look at the listing.",
              "os.path.exists와 os.kill(pid, 0)은 쓰레드 id에도 그렇다고 답한다. 목록을 보자."),
            T("str(pid) in os.listdir(\"/proc\"), after rejecting bool and non-int pids with TypeError and"
              " returning False for pid <= 0.",
              "bool이나 int가 아닌 pid는 TypeError로 거절하고 pid <= 0이면 False를 돌려준 뒤,"
              " str(pid) in os.listdir(\"/proc\")를 보자."),
        ),
        1,
    ),
    (
        "list_threads",
        T("Threads of a process", "프로세스의 쓰레드 목록"),
        T(
            "A process is the container of its threads: they share its memory and open files, and each"
            " one is a separate flow of execution with its own stack. The kernel lists every thread of"
            " process PID as a directory /proc/PID/task/TID; the main thread's TID equals the PID.",
            "프로세스는 쓰레드를 담는 컨테이너다. 쓰레드들은 프로세스의 메모리와 열린 파일을 함께 쓰고,"
            " 각자 자기 스택을 가진 별개의 실행 흐름이다. 커널은 프로세스 PID의 모든 쓰레드를"
            " /proc/PID/task/TID 디렉터리로 보여 준다. 메인 쓰레드의 TID는 PID와 같다.",
        ),
        (
            T("os.listdir(f\"/proc/{pid}/task\") gives the TIDs as strings: convert and sort them.",
              "os.listdir(f\"/proc/{pid}/task\")는 TID를 문자열로 준다. 정수로 바꾸고 정렬하자."),
            T("A process can exit while you read: turn FileNotFoundError into ProcessLookupError.",
              "읽는 도중 프로세스가 끝날 수 있다. FileNotFoundError를 ProcessLookupError로 바꾸자."),
        ),
        2,
    ),
    (
        "process_status",
        T("What a process is doing", "프로세스가 하고 있는 일"),
        T(
            "The kernel keeps a record of every process and prints it as one line, /proc/PID/stat,"
            " the line ps and top read: field 2 is the name (comm) in parentheses, field 3 the state"
            " (R running, S sleeping, T stopped, Z zombie...), field 4 the parent's PID and field 20"
            " the number of threads. The name may contain spaces and parentheses, so it ends at the"
            " LAST ')' of the line.",
            "커널은 프로세스마다 기록을 갖고 있고 그것을 한 줄, /proc/PID/stat으로 보여 준다. ps와"
            " top이 읽는 줄이다. 2번 필드는 괄호 안의 이름(comm), 3번은 상태(R 실행, S 잠, T 멈춤,"
            " Z 좀비 등), 4번은 부모의 PID, 20번은 쓰레드 수다. 이름에 공백과 괄호가 들어갈 수 있어서,"
            " 이름은 줄의 마지막 ')'에서 끝난다.",
        ),
        (
            T("Do not split the whole line on spaces, and do not take the name from cmdline (that is argv).",
              "줄 전체를 공백으로 나누지 말고, 이름을 cmdline(그건 argv다)에서 가져오지도 말자."),
            T("name = raw[raw.index(\"(\") + 1 : raw.rindex(\")\")]; rest = raw[raw.rindex(\")\") + 2 :].split();"
              " then state is rest[0], ppid rest[1], threads rest[17].",
              "name = raw[raw.index(\"(\") + 1 : raw.rindex(\")\")]; rest = raw[raw.rindex(\")\") + 2 :].split()"
              " 다음, 상태는 rest[0], ppid는 rest[1], 쓰레드 수는 rest[17]이다."),
        ),
        2,
    ),
    (
        "find_pids",
        T("ps -ef | grep, without grep", "grep 없는 ps -ef | grep"),
        T(
            "To stop a program started in the background you first need its PID, and ps -ef | grep word"
            " is the classic way: it keeps every process whose command line contains the word, which"
            " also finds grep itself. The command line is the process's argv, stored NUL-separated in"
            " /proc/PID/cmdline and shown joined by spaces. Search it in every process but the caller.",
            "백그라운드로 실행한 프로그램을 멈추려면 먼저 PID가 필요하고, ps -ef | grep word가 그 고전적인"
            " 방법이다. 명령줄에 단어가 든 프로세스를 모두 남기는데, grep 자신도 찾아낸다. 명령줄은"
            " 프로세스의 argv이고, /proc/PID/cmdline에 NUL로 구분되어 있으며 공백으로 이어서 보여 준다."
            " 호출한 프로세스만 빼고 모든 프로세스에서 찾자.",
        ),
        (
            T("Match the full command line, not the name: a Python script's process is named python3.",
              "이름이 아니라 명령줄 전체에서 찾자. 파이썬 스크립트의 프로세스 이름은 python3이다."),
            T("For each all-digit name in os.listdir(\"/proc\") except os.getpid(): read cmdline in binary,"
              " split on b\"\\0\", join with spaces; skip processes that vanish or may not be read.",
              "os.listdir(\"/proc\")에서 숫자로만 된 이름마다(os.getpid()는 빼고) cmdline을 바이너리로 읽어"
              " b\"\\0\"으로 나누고 공백으로 잇자. 사라졌거나 읽을 수 없는 프로세스는 건너뛰자."),
        ),
        2,
    ),
    (
        "stop_process",
        T("docker stop, by hand", "docker stop 직접 만들기"),
        T(
            "SIGTERM asks a process to end and lets it clean up, or ignore the request; SIGKILL"
            " (kill -9) ends it at once and cannot be caught. docker stop sends SIGTERM, waits a grace"
            " period (10 seconds by default) and sends SIGKILL only if the process is still alive. A"
            " process that has exited but whose parent has not reaped it yet is a zombie: it has"
            " ended, although its PID is still there.",
            "SIGTERM은 프로세스에게 끝내 달라고 요청해서 정리할 기회를 준다(무시할 수도 있다). SIGKILL"
            "(kill -9)은 가로챌 수 없고 즉시 끝낸다. docker stop은 SIGTERM을 보내고 유예 시간(기본"
            " 10초)을 기다린 뒤, 프로세스가 아직 살아 있을 때만 SIGKILL을 보낸다. 끝났지만 부모가 아직"
            " 거두지 않은 프로세스는 좀비다. PID는 남아 있어도 이미 끝난 것이다.",
        ),
        (
            T("Poll every few milliseconds until the deadline and return as soon as the process has"
              " ended; sleeping the whole grace period is too slow.",
              "마감 시각까지 몇 밀리초마다 확인하고, 프로세스가 끝나면 바로 돌아오자. 유예 시간을 통째로"
              " 자면 너무 느리다."),
            T("os.kill(pid, 0) succeeds on a zombie: read the state in /proc/PID/stat (Z means ended) and"
              " treat a missing /proc/PID as ended too.",
              "os.kill(pid, 0)은 좀비에도 성공한다. /proc/PID/stat의 상태를 읽고(Z면 끝난 것),"
              " /proc/PID가 없어도 끝난 것으로 치자."),
        ),
        3,
    ),
)
# --- ch5 ---------------------------------------------------------------------------------------
CH5 = _exercises(
    "ch5",
    (
        "memory_map",
        T("The memory map of a process", "프로세스의 메모리 맵"),
        T(
            "A process's virtual address space is made of mappings: ranges of addresses backed by a"
            " file (the program, its libraries) or by anonymous zero-filled memory (heap, stacks, big"
            " malloc blocks). /proc/PID/maps lists them lowest address first, one line each: start-end"
            " in hexadecimal (half-open: end is not mapped), permissions, file offset (hexadecimal"
            " too), device, inode and a path, which is empty for anonymous memory, may contain spaces"
            " and ends in \" (deleted)\" when the file was removed after it was mapped.",
            "프로세스의 가상 주소 공간은 매핑들로 이루어져요. 매핑은 파일(프로그램, 라이브러리)이나 0으로 채운"
            " 익명 메모리(힙, 스택, 큰 malloc 블록)가 뒤에 있는 주소 범위예요. /proc/PID/maps는 낮은 주소부터"
            " 한 줄에 하나씩 보여 줘요. 16진수 start-end(반열린 구간: end는 매핑에 속하지 않아요), 권한,"
            " 파일 오프셋(역시 16진수), 장치, inode, 그리고 경로예요. 경로는 익명 메모리면 비어 있고, 공백이"
            " 들어 있을 수 있고, 매핑한 뒤 파일을 지웠다면 \" (deleted)\"로 끝나요.",
        ),
        (
            T("The path is everything after the fifth field: split each line at most five times.",
              "경로는 다섯 번째 필드 뒤의 전부예요. 각 줄을 최대 다섯 번만 나누세요."),
            T("line.split(None, 5) keeps the path whole; int(text, 16) reads start, end and offset.",
              "line.split(None, 5)는 경로를 통째로 남겨요. start, end, offset은 int(text, 16)으로 읽어요."),
        ),
        2,
    ),
    (
        "classify_address",
        T("Which region is this address in?", "이 주소는 어느 영역에 있을까?"),
        T(
            "Textbooks draw a process as code, data, heap growing up and stack growing down, with the"
            " kernel above. A real Linux process has dozens of mappings instead: every library brings"
            " its own code, data and bss, big malloc blocks, thread stacks and CPython's object arenas"
            " are anonymous mmaps, and ASLR moves everything on every run. So you cannot tell a region"
            " from where an address sits; find the mapping it is in and apply the rules, first match"
            " wins: kernel space, unmapped, [stack]/[heap], executable, file-backed, bss, anonymous.",
            "교과서는 프로세스를 code, data, 위로 자라는 heap, 아래로 자라는 stack, 그 위의 커널로 그려요."
            " 실제 리눅스 프로세스에는 매핑이 수십 개 있어요. 라이브러리마다 자기 code, data, bss가 있고, 큰"
            " malloc 블록, 쓰레드 스택, CPython의 객체 arena는 익명 mmap이고, ASLR이 실행할 때마다 모든 것을"
            " 옮겨요. 그래서 주소가 어디쯤 있는지로는 영역을 알 수 없어요. 주소가 든 매핑을 찾아서 규칙을"
            " 차례로 적용하세요(먼저 맞는 것이 답): 커널 공간, 매핑 없음, [stack]/[heap], 실행 가능, 파일,"
            " bss, 익명 메모리.",
        ),
        (
            T("Check KERNEL_SPACE_START first, then find the one mapping with start <= addr < end.",
              "KERNEL_SPACE_START부터 확인하고, start <= addr < end인 매핑 하나를 찾으세요."),
            T("The bss rule needs the previous line of the map: keep its index, not just the mapping.",
              "bss 규칙에는 맵의 바로 앞 줄이 필요해요. 매핑만이 아니라 그 인덱스도 기억하세요."),
        ),
        3,
    ),
    (
        "region_totals",
        T("How big is each region?", "영역마다 얼마나 클까?"),
        T(
            "Label every mapping with the rules of classify_address (a mapping's label is the label of"
            " its start) and add up end - start per label. This is virtual size, address space the"
            " process reserved, not RAM in use. Watch it move: many small mallocs grow heap (the"
            " program break moves, brk(2)); a big malloc, an mmap or a new thread grows mmap.",
            "classify_address의 규칙으로 매핑마다 라벨을 붙이고(매핑의 라벨은 시작 주소의 라벨이에요), 라벨별로"
            " end - start를 더하세요. 이건 가상 크기, 즉 프로세스가 예약한 주소 공간이지 실제로 쓰는 RAM이"
            " 아니에요. 값이 움직이는 걸 보세요. 작은 malloc을 많이 하면 heap이 자라고(program break가"
            " 움직여요, brk(2)), 큰 malloc, mmap, 새 쓰레드는 mmap을 키워요.",
        ),
        (
            T("Start from all five labels at 0: a process may have no mapping of some kind.",
              "다섯 라벨을 모두 0으로 두고 시작하세요. 어떤 종류의 매핑이 하나도 없는 프로세스도 있어요."),
            T("Read the map once with memory_map and label each line of that one snapshot.",
              "memory_map으로 맵을 한 번만 읽고, 그 스냅숏의 각 줄에 라벨을 붙이세요."),
        ),
        2,
    ),
)
# --- ch6 ---------------------------------------------------------------------------------------
CH6 = _exercises(
    "ch6",
    (
        "namespace_id",
        T("The namespace a process is in", "프로세스가 속한 namespace"),
        T(
            "A namespace gives the processes inside it their own view of one kind of resource: pid (process"
            " ids), net (network), ipc (shared memory), mnt (mounts), uts (hostname), plus user, cgroup and"
            " time. The kernel shows each namespace of process PID as a link /proc/PID/ns/KIND whose inode"
            " number identifies the namespace; a container is just processes whose links differ from the"
            " host's.",
            "namespace는 안에 있는 프로세스들에게 자원 한 종류에 대한 자기만의 시야를 준다. pid(프로세스"
            " 번호), net(네트워크), ipc(공유 메모리), mnt(마운트), uts(hostname), 그리고 user, cgroup,"
            " time이 있다. 커널은 프로세스 PID의 각 namespace를 /proc/PID/ns/KIND 링크로 보여 주고, 그"
            " inode 번호가 namespace를 가리킨다. 컨테이너란 이 링크들이 호스트와 다른 프로세스들일 뿐이다.",
        ),
        (
            T("Check the kind against the list of eight first: /proc/PID/ns also holds pid_for_children,"
              " which is not a kind.",
              "먼저 kind가 여덟 가지 중 하나인지 확인하자. /proc/PID/ns에는 kind가 아닌 pid_for_children도"
              " 있다."),
            T("os.stat follows the link to the namespace: st_ino is the id (os.lstat would describe the"
              " link itself). Turn FileNotFoundError into ProcessLookupError.",
              "os.stat은 링크를 따라가 namespace를 본다. st_ino가 id다(os.lstat은 링크 자체를 본다)."
              " FileNotFoundError는 ProcessLookupError로 바꾸자."),
        ),
        1,
    ),
    (
        "same_namespace",
        T("Do two processes share a namespace?", "두 프로세스가 namespace를 함께 쓰는가"),
        T(
            "Containers can share namespaces on purpose: docker run --net=container:web joins another"
            " container's network, and the containers of a Kubernetes pod share one. Two processes are in"
            " the same namespace of a kind exactly when /proc/PID/ns/KIND of both has the same device and"
            " inode numbers.",
            "컨테이너는 일부러 namespace를 함께 쓰기도 한다. docker run --net=container:web은 다른"
            " 컨테이너의 네트워크에 들어가고, Kubernetes pod의 컨테이너들은 하나를 함께 쓴다. 두 프로세스의"
            " /proc/PID/ns/KIND가 같은 장치 번호와 같은 inode 번호를 가지면 같은 namespace에 있는 것이다.",
        ),
        (
            T("Reuse namespace_id (from .namespace_id import namespace_id), or compare os.stat results.",
              "namespace_id를 다시 쓰거나(from .namespace_id import namespace_id) os.stat 결과를 비교하자."),
            T("man 7 namespaces: compare both st_dev and st_ino of os.stat (not os.lstat) of the two links.",
              "man 7 namespaces: 두 링크의 os.stat(os.lstat 말고) 결과에서 st_dev와 st_ino를 모두 비교하자."),
        ),
        1,
    ),
    (
        "make_namespace",
        T("A process in a fresh namespace", "새 namespace 안의 프로세스"),
        T(
            "unshare(2) moves the calling process into new namespaces chosen by CLONE_NEW* flags. Do it in"
            " a forked child that then waits forever, so the caller keeps its own namespaces and the child"
            " holds the new one alive. A new pid namespace only applies to the next child, its PID 1; a new"
            " mount namespace must be made private first, or its mounts propagate to the host.",
            "unshare(2)는 호출한 프로세스를 CLONE_NEW* 플래그로 고른 새 namespace로 옮긴다. fork한 자식에서"
            " unshare하고 자식은 계속 기다리게 하면, 호출자는 자기 namespace를 그대로 갖고 자식이 새"
            " namespace를 살려 둔다. 새 pid namespace는 다음 자식, 곧 그 안의 PID 1부터 적용되고, 새 mount"
            " namespace는 먼저 private으로 만들어야 마운트가 호스트로 번지지 않는다.",
        ),
        (
            T("Python 3.11 has no os.unshare: use ctypes.CDLL(None, use_errno=True).unshare(flag), and"
              " report the child's errno back through a pipe so the caller can raise PermissionError.",
              "Python 3.11에는 os.unshare가 없다. ctypes.CDLL(None, use_errno=True).unshare(flag)를 쓰고,"
              " 자식의 errno를 파이프로 돌려보내 호출자가 PermissionError를 일으키게 하자."),
            T("pid: after unshare(CLONE_NEWPID) fork once more and return the grandchild. mnt: call"
              " mount(None, b\"/\", None, MS_REC | MS_PRIVATE, None) right after unshare (man 7"
              " mount_namespaces).",
              "pid: unshare(CLONE_NEWPID) 뒤에 한 번 더 fork해서 손자 프로세스를 돌려주자. mnt: unshare"
              " 바로 뒤에 mount(None, b\"/\", None, MS_REC | MS_PRIVATE, None)를 부르자(man 7"
              " mount_namespaces)."),
        ),
        3,
    ),
    (
        "run_isolated",
        T("A container without an image", "이미지 없는 컨테이너"),
        T(
            "A container is a program started as PID 1 in new uts, pid, mnt, ipc and net namespaces. Before"
            " exec, PID 1 makes its mounts private, mounts a fresh /proc (which shows the pid namespace of"
            " whoever mounted it) and sets its hostname. When PID 1 exits the kernel kills the rest of its"
            " pid namespace, and the namespaces vanish with their last process.",
            "컨테이너는 새 uts, pid, mnt, ipc, net namespace 안에서 PID 1로 시작한 프로그램이다. exec 전에"
            " PID 1은 마운트를 private으로 만들고, 새 /proc을 마운트하고(/proc은 마운트한 프로세스의 pid"
            " namespace를 보여 준다), hostname을 정한다. PID 1이 끝나면 커널이 그 pid namespace의 나머지를"
            " 모두 끝내고, namespace들은 마지막 프로세스와 함께 사라진다.",
        ),
        (
            T("Fork a child that unshares all five flags at once, then forks PID 1, waits for it and"
              " reports its wait status to you through a pipe.",
              "다섯 플래그를 한 번에 unshare하는 자식을 fork하고, 그 자식이 PID 1을 fork해 기다린 뒤 wait"
              " status를 파이프로 알려 주게 하자."),
            T("In PID 1: mount(None, b\"/\", None, MS_REC | MS_PRIVATE, None), mount(b\"proc\", b\"/proc\","
              " b\"proc\", 0, None), sethostname, dup2 the output pipe onto 1, execvp. Read the output to"
              " EOF before waiting.",
              "PID 1에서: mount(None, b\"/\", None, MS_REC | MS_PRIVATE, None), mount(b\"proc\","
              " b\"/proc\", b\"proc\", 0, None), sethostname, 출력 파이프를 1번으로 dup2, execvp. 기다리기"
              " 전에 출력을 EOF까지 읽자."),
        ),
        3,
    ),
    (
        "parse_job_line",
        T("Bash's job line", "bash의 job 줄"),
        T(
            "python while_loop.py & runs a program in the background: the shell forks, does not wait, and"
            " prints [1] 25514, the job number (the shell's short name, for fg %1 and kill %1) and the PID"
            " (the kernel's name, the directory /proc/25514 and what kill -9 needs).",
            "python while_loop.py &는 프로그램을 백그라운드로 실행한다. 셸은 fork하고 기다리지 않은 채 [1]"
            " 25514를 출력한다. job 번호(셸이 붙인 짧은 이름, fg %1이나 kill %1에 쓴다)와 PID(커널이 붙인"
            " 이름, /proc/25514 디렉터리, kill -9에 필요한 값)다.",
        ),
        (
            T("Anything but '[number] number' (after stripping whitespace) must raise ValueError.",
              "공백을 떼고 '[숫자] 숫자' 꼴이 아니면 모두 ValueError를 일으켜야 한다."),
            T("re.fullmatch(r\"\\[([0-9]+)\\] ([0-9]+)\", line.strip()) does it; re.search would accept"
              " junk around the match.",
              "re.fullmatch(r\"\\[([0-9]+)\\] ([0-9]+)\", line.strip())이면 된다. re.search는 앞뒤의"
              " 쓰레기도 받아들인다."),
        ),
        1,
    ),
    (
        "grep_ps",
        T("Your program in ps -ef | grep", "ps -ef | grep에서 내 프로그램 찾기"),
        T(
            "ps -ef lists every process in eight columns, UID PID PPID C STIME TTY TIME CMD, the command"
            " last. grep keeps every line that contains the word anywhere, so it also finds itself: its own"
            " command line contains the word. Knowing which column is which is how you pick the PID to"
            " kill.",
            "ps -ef는 모든 프로세스를 UID PID PPID C STIME TTY TIME CMD 여덟 열로 보여 주고, 명령은 맨 끝에"
            " 있다. grep은 어디든 단어가 들어 있는 줄을 모두 남기기 때문에 자기 자신도 찾는다. grep의"
            " 명령줄에 그 단어가 들어 있으니까. 어느 열이 무엇인지 알아야 kill할 PID를 고를 수 있다.",
        ),
        (
            T("line.split(None, 7) gives the seven columns and the command; the PID is the second column,"
              " not the third (PPID).",
              "line.split(None, 7)은 일곱 열과 명령을 준다. PID는 세 번째(PPID)가 아니라 두 번째 열이다."),
            T("Look for the word in the command only (not in the user name), and drop lines whose command"
              " starts with grep.",
              "단어는 명령에서만 찾고(사용자 이름에서는 말고), 명령이 grep으로 시작하는 줄은 빼자."),
        ),
        2,
    ),
)
# --- end of exercises --------------------------------------------------------------------------

SECTIONS: tuple[Section, ...] = (
    Section(
        "ch1",
        T("Computer systems: scale up, scale out, and why Docker", "컴퓨터 시스템: scale up, scale out, 그리고 Docker가 필요한 이유"),
        CH1,
    ),
    Section("ch2", T("The computer in the narrow sense: CPU and RAM", "좁은 의미의 컴퓨터: CPU와 RAM"), CH2),
    Section("ch3", T("The operating system: kernel, shell and services", "운영체제: 커널, 셸, 그리고 서비스"), CH3),
    Section("ch4", T("Process and thread", "Process와 Thread"), CH4),
    Section("ch5", T("Memory layout", "메모리 구조"), CH5),
    Section("ch6", T("Namespaces and the hands-on session", "Namespace와 실습"), CH6),
)

_BY_ID: dict[str, Exercise] = {ex.id: ex for section in SECTIONS for ex in section.exercises}


def section(section_id: str) -> Section | None:
    return next((s for s in SECTIONS if s.id == section_id), None)


def exercise(section_id: str, name: str) -> Exercise | None:
    return _BY_ID.get(f"{section_id}/{name}")
