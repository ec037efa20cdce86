// The file system failing under one folder, for tst_faults: loaded with LD_PRELOAD into a
// Portdeck process, it stands between the process and the C library's file calls.
//
//   PORTDECK_FAULT_DIR   the folder (absolute); files elsewhere are not touched
//   PORTDECK_FAULT       what goes wrong there:
//     full:BYTES     the disk fills up: once BYTES more have been written (or files grown)
//                    under the folder, writes fail with ENOSPC, and statvfs says no space is left
//     readonly       a read-only mount: opening for writing, creating, removing, renaming and
//                    changing modes fail with EROFS (reading works), and statvfs says ST_RDONLY
//     powercut:N     the power goes at the Nth fsync: from that call on, every write, fsync,
//                    truncation, removal and rename under the folder is dropped while the
//                    process is told it succeeded, so the disk keeps what was written
//                    before. "powercut" is written on standard output at that moment, in order
//                    with the process's own lines, so a test knows which of them came first.
//     slow:MS        a slow disk (a USB stick, a network share): every fsync under the folder
//                    takes MS milliseconds more before it returns
//
// Calls that go around the C library's exported symbols (stdio's own writes, mmap) are not
// seen; SQLite and Qt's file classes use the ones below.
#include <dlfcn.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <chrono>
#include <thread>

namespace {

enum class Fault { None, Full, ReadOnly, PowerCut, Slow };

struct Config
{
    Fault fault = Fault::None;
    long long number = 0;
    char dir[4096] = {};
    size_t dirLength = 0;
};

const Config &config()
{
    static const Config c = [] {
        Config out;
        const char *dir = std::getenv("PORTDECK_FAULT_DIR");
        const char *fault = std::getenv("PORTDECK_FAULT");
        if (!dir || dir[0] != '/' || !fault || std::strlen(dir) >= sizeof out.dir)
            return out;
        std::strcpy(out.dir, dir);
        out.dirLength = std::strlen(dir);
        while (out.dirLength > 1 && out.dir[out.dirLength - 1] == '/')
            out.dir[--out.dirLength] = '\0';
        if (std::strncmp(fault, "full:", 5) == 0) {
            out.fault = Fault::Full;
            out.number = std::atoll(fault + 5);
        } else if (std::strcmp(fault, "readonly") == 0) {
            out.fault = Fault::ReadOnly;
        } else if (std::strncmp(fault, "powercut:", 9) == 0) {
            out.fault = Fault::PowerCut;
            out.number = std::atoll(fault + 9);
        } else if (std::strncmp(fault, "slow:", 5) == 0) {
            out.fault = Fault::Slow;
            out.number = std::atoll(fault + 5);
        }
        return out;
    }();
    return c;
}

constexpr int kMaxFd = 1 << 16;
std::atomic<bool> watched[kMaxFd]; // file descriptors open on files under the folder
std::atomic<long long> written{0};
std::atomic<bool> filled{false}; // a write did not fit
std::atomic<long long> syncs{0};
bool cut = false; // guarded by cutMutex
std::mutex cutMutex;

template<typename F>
F next(const char *name)
{
    return reinterpret_cast<F>(dlsym(RTLD_NEXT, name));
}

bool under(const char *path)
{
    const Config &c = config();
    if (c.fault == Fault::None || !path)
        return false;
    char absolute[8192];
    if (path[0] == '/') {
        std::snprintf(absolute, sizeof absolute, "%s", path);
    } else {
        char cwd[4096];
        if (!getcwd(cwd, sizeof cwd))
            return false;
        std::snprintf(absolute, sizeof absolute, "%s/%s", cwd, path);
    }
    return std::strncmp(absolute, c.dir, c.dirLength) == 0
           && (absolute[c.dirLength] == '/' || absolute[c.dirLength] == '\0');
}

bool underAt(int dirfd, const char *path)
{
    if (!path)
        return false;
    if (path[0] == '/' || dirfd == AT_FDCWD)
        return under(path);
    char link[64];
    char dir[4096];
    std::snprintf(link, sizeof link, "/proc/self/fd/%d", dirfd);
    const ssize_t length = readlink(link, dir, sizeof dir - 1);
    if (length <= 0)
        return false;
    dir[length] = '\0';
    char absolute[8192];
    std::snprintf(absolute, sizeof absolute, "%s/%s", dir, path);
    return under(absolute);
}

bool isWatched(int fd)
{
    return fd >= 0 && fd < kMaxFd && watched[fd].load();
}

void watch(int fd, bool on)
{
    if (fd >= 0 && fd < kMaxFd)
        watched[fd].store(on);
}

bool writes(int flags)
{
    return (flags & (O_WRONLY | O_RDWR | O_CREAT | O_TRUNC | O_APPEND)) != 0;
}

// Whether a change under the folder may go ahead; false with errno set when it fails, or with
// *dropped set when a power cut swallows it.
bool mayChange(bool *dropped)
{
    *dropped = false;
    switch (config().fault) {
    case Fault::ReadOnly:
        errno = EROFS;
        return false;
    case Fault::PowerCut:
        *dropped = cut;
        return true;
    default:
        return true;
    }
}

// Whether @p bytes more fit on the "disk"; false with ENOSPC once it is full.
bool fits(long long bytes)
{
    if (config().fault != Fault::Full || bytes <= 0)
        return true;
    if (written.fetch_add(bytes) + bytes > config().number) {
        written.fetch_sub(bytes);
        filled = true;
        errno = ENOSPC;
        return false;
    }
    return true;
}

long long growth(int fd, off_t offset, size_t count)
{
    struct stat st;
    if (fstat(fd, &st) != 0)
        return static_cast<long long>(count);
    const long long end = static_cast<long long>(offset) + static_cast<long long>(count);
    return end > st.st_size ? end - st.st_size : 0;
}

template<typename Write>
ssize_t guardedWrite(int fd, off_t offset, size_t count, Write write)
{
    if (!isWatched(fd))
        return write();
    std::lock_guard lock(cutMutex); // a write is done, or dropped, wholly before or after a cut
    bool dropped = false;
    if (!mayChange(&dropped))
        return -1;
    if (dropped)
        return static_cast<ssize_t>(count);
    if (config().fault == Fault::Full) {
        const off_t at = offset >= 0 ? offset : lseek(fd, 0, SEEK_CUR);
        if (!fits(growth(fd, at, count)))
            return -1;
    }
    return write();
}

int guardedSync(int fd, int (*sync)(int))
{
    if (isWatched(fd) && config().fault == Fault::Slow)
        std::this_thread::sleep_for(std::chrono::milliseconds(config().number));
    if (!isWatched(fd) || config().fault != Fault::PowerCut)
        return sync(fd);
    std::lock_guard lock(cutMutex);
    if (!cut && syncs.fetch_add(1) + 1 >= config().number) {
        cut = true;
        static const char marker[] = "powercut\n";
        [[maybe_unused]] const ssize_t n = next<ssize_t (*)(int, const void *, size_t)>("write")(1, marker, sizeof marker - 1);
    }
    return cut ? 0 : sync(fd);
}

// A change to a path: refused under a read-only folder, swallowed after a power cut.
template<typename Call>
int pathChange(bool affected, Call call)
{
    if (!affected)
        return call();
    std::lock_guard lock(cutMutex);
    bool dropped = false;
    if (!mayChange(&dropped))
        return -1;
    return dropped ? 0 : call();
}

int openWith(const char *name, int dirfd, const char *path, int flags, mode_t mode)
{
    const bool affected = dirfd == AT_FDCWD ? under(path) : underAt(dirfd, path);
    if (affected && writes(flags) && config().fault == Fault::ReadOnly) {
        errno = EROFS;
        return -1;
    }
    int fd;
    if (dirfd == AT_FDCWD && std::strncmp(name, "openat", 6) != 0)
        fd = next<int (*)(const char *, int, ...)>(name)(path, flags, mode);
    else
        fd = next<int (*)(int, const char *, int, ...)>(name)(dirfd, path, flags, mode);
    if (fd >= 0)
        watch(fd, affected);
    return fd;
}

mode_t modeOf(int flags, va_list args)
{
    return (flags & (O_CREAT | O_TMPFILE)) != 0 ? static_cast<mode_t>(va_arg(args, int)) : 0;
}

// What a program asks before it writes, or after a write failed: the mount's flags and space.
template<typename Stat>
int describe(bool affected, int result, Stat *out)
{
    if (result != 0 || !affected)
        return result;
    if (config().fault == Fault::ReadOnly)
        out->f_flag |= ST_RDONLY;
    if (config().fault == Fault::Full && filled) {
        out->f_bavail = 0;
        out->f_bfree = 0;
    }
    return 0;
}

} // namespace

extern "C" {

int open(const char *path, int flags, ...)
{
    va_list args;
    va_start(args, flags);
    const mode_t mode = modeOf(flags, args);
    va_end(args);
    return openWith("open", AT_FDCWD, path, flags, mode);
}

int open64(const char *path, int flags, ...)
{
    va_list args;
    va_start(args, flags);
    const mode_t mode = modeOf(flags, args);
    va_end(args);
    return openWith("open64", AT_FDCWD, path, flags, mode);
}

int openat(int dirfd, const char *path, int flags, ...)
{
    va_list args;
    va_start(args, flags);
    const mode_t mode = modeOf(flags, args);
    va_end(args);
    return openWith("openat", dirfd, path, flags, mode);
}

int openat64(int dirfd, const char *path, int flags, ...)
{
    va_list args;
    va_start(args, flags);
    const mode_t mode = modeOf(flags, args);
    va_end(args);
    return openWith("openat64", dirfd, path, flags, mode);
}

int __open_2(const char *path, int flags)
{
    return openWith("open", AT_FDCWD, path, flags, 0);
}

int __open64_2(const char *path, int flags)
{
    return openWith("open64", AT_FDCWD, path, flags, 0);
}

int creat(const char *path, mode_t mode)
{
    return openWith("open", AT_FDCWD, path, O_CREAT | O_WRONLY | O_TRUNC, mode);
}

int creat64(const char *path, mode_t mode)
{
    return openWith("open64", AT_FDCWD, path, O_CREAT | O_WRONLY | O_TRUNC, mode);
}

int close(int fd)
{
    watch(fd, false);
    return next<int (*)(int)>("close")(fd);
}

ssize_t write(int fd, const void *buffer, size_t count)
{
    return guardedWrite(fd, -1, count, [&] { return next<ssize_t (*)(int, const void *, size_t)>("write")(fd, buffer, count); });
}

ssize_t pwrite(int fd, const void *buffer, size_t count, off_t offset)
{
    return guardedWrite(fd, offset, count, [&] {
        return next<ssize_t (*)(int, const void *, size_t, off_t)>("pwrite")(fd, buffer, count, offset);
    });
}

ssize_t pwrite64(int fd, const void *buffer, size_t count, off_t offset)
{
    return guardedWrite(fd, offset, count, [&] {
        return next<ssize_t (*)(int, const void *, size_t, off_t)>("pwrite64")(fd, buffer, count, offset);
    });
}

ssize_t writev(int fd, const struct iovec *parts, int count)
{
    size_t total = 0;
    for (int i = 0; i < count; ++i)
        total += parts[i].iov_len;
    return guardedWrite(fd, -1, total, [&] {
        return next<ssize_t (*)(int, const struct iovec *, int)>("writev")(fd, parts, count);
    });
}

int fsync(int fd)
{
    return guardedSync(fd, next<int (*)(int)>("fsync"));
}

int fdatasync(int fd)
{
    return guardedSync(fd, next<int (*)(int)>("fdatasync"));
}

int ftruncate(int fd, off_t length)
{
    return pathChange(isWatched(fd), [&] {
        if (config().fault == Fault::Full && !fits(growth(fd, length, 0)))
            return -1;
        return next<int (*)(int, off_t)>("ftruncate")(fd, length);
    });
}

int ftruncate64(int fd, off_t length)
{
    return ftruncate(fd, length);
}

int fallocate(int fd, int mode, off_t offset, off_t length)
{
    return pathChange(isWatched(fd), [&] {
        if (config().fault == Fault::Full && !fits(growth(fd, offset, static_cast<size_t>(length))))
            return -1;
        return next<int (*)(int, int, off_t, off_t)>("fallocate")(fd, mode, offset, length);
    });
}

int posix_fallocate(int fd, off_t offset, off_t length)
{
    const int result = fallocate(fd, 0, offset, length);
    return result == 0 ? 0 : errno;
}

int unlink(const char *path)
{
    return pathChange(under(path), [&] { return next<int (*)(const char *)>("unlink")(path); });
}

int unlinkat(int dirfd, const char *path, int flags)
{
    return pathChange(underAt(dirfd, path), [&] { return next<int (*)(int, const char *, int)>("unlinkat")(dirfd, path, flags); });
}

int rmdir(const char *path)
{
    return pathChange(under(path), [&] { return next<int (*)(const char *)>("rmdir")(path); });
}

int mkdir(const char *path, mode_t mode)
{
    return pathChange(under(path), [&] { return next<int (*)(const char *, mode_t)>("mkdir")(path, mode); });
}

int rename(const char *from, const char *to)
{
    return pathChange(under(from) || under(to), [&] { return next<int (*)(const char *, const char *)>("rename")(from, to); });
}

int renameat(int fromDir, const char *from, int toDir, const char *to)
{
    return pathChange(underAt(fromDir, from) || underAt(toDir, to), [&] {
        return next<int (*)(int, const char *, int, const char *)>("renameat")(fromDir, from, toDir, to);
    });
}

int renameat2(int fromDir, const char *from, int toDir, const char *to, unsigned int flags)
{
    return pathChange(underAt(fromDir, from) || underAt(toDir, to), [&] {
        return next<int (*)(int, const char *, int, const char *, unsigned int)>("renameat2")(fromDir, from, toDir, to, flags);
    });
}

int link(const char *from, const char *to)
{
    return pathChange(under(to), [&] { return next<int (*)(const char *, const char *)>("link")(from, to); });
}

int linkat(int fromDir, const char *from, int toDir, const char *to, int flags)
{
    return pathChange(underAt(toDir, to), [&] {
        return next<int (*)(int, const char *, int, const char *, int)>("linkat")(fromDir, from, toDir, to, flags);
    });
}

int chmod(const char *path, mode_t mode)
{
    if (under(path) && config().fault == Fault::ReadOnly) {
        errno = EROFS;
        return -1;
    }
    return next<int (*)(const char *, mode_t)>("chmod")(path, mode);
}

int fchmod(int fd, mode_t mode)
{
    if (isWatched(fd) && config().fault == Fault::ReadOnly) {
        errno = EROFS;
        return -1;
    }
    return next<int (*)(int, mode_t)>("fchmod")(fd, mode);
}

int statvfs(const char *path, struct statvfs *out)
{
    return describe(under(path), next<int (*)(const char *, struct statvfs *)>("statvfs")(path, out), out);
}

int statvfs64(const char *path, struct statvfs64 *out)
{
    return describe(under(path), next<int (*)(const char *, struct statvfs64 *)>("statvfs64")(path, out), out);
}

int fstatvfs(int fd, struct statvfs *out)
{
    return describe(isWatched(fd), next<int (*)(int, struct statvfs *)>("fstatvfs")(fd, out), out);
}

int fstatvfs64(int fd, struct statvfs64 *out)
{
    return describe(isWatched(fd), next<int (*)(int, struct statvfs64 *)>("fstatvfs64")(fd, out), out);
}

} // extern "C"
