# One benchmark run of Python's boto3 in a fresh process, the peer of bench/worker.ts:
# `python3 bench/boto3_worker.py <scenario> <endpoint> <arg>`. Prints one JSON line:
# {ms, cpuMs, peakRssMiB, check, setupMs}, or {error} (exit status 1).
#
# boto3 is used with its defaults, as its users get them. Since 1.36 that includes a CRC32
# checksum on every upload (request_checksum_calculation='when_supported'); over plain http
# botocore sends it as an x-amz-checksum-crc32 header (aws-chunked trailers only over https).
import json
import os
import resource
import sys
import time
import traceback
from concurrent.futures import ThreadPoolExecutor
from itertools import count

NAME = 'boto3'
MiB = 1024 * 1024
# the same keys and region as KEYS in bench/contenders.ts (the bench server checks no signatures)
ACCESS_KEY, SECRET_KEY, REGION = 'bench-access-key', 'bench-secret-key-0000000000000000', 'us-east-1'


def pattern_byte(i):
    """patternByte in bench/server.ts: its 1 MiB pattern repeats every 256 bytes."""
    return (i * 31 + 7) & 0xFF


# DOWNLOAD_KEYS in bench/contenders.ts: the big object stored by one PUT and by a multipart upload
DOWNLOAD_KEYS = {'download': 'big', 'download-multipart': 'big-mp'}
SMALL = bytes(pattern_byte(i) for i in range(4096))


def ms_since_process_start():
    """Cold start must count interpreter start-up and imports, as Node's performance.now() does.
    Python keeps no start timestamp, so take the kernel's: /proc/self/stat field 22 is the start
    in clock ticks (10 ms) of CLOCK_BOOTTIME, truncated; half a tick centres the estimate (±5 ms).
    This also counts exec and loading the interpreter, which Node's time origin skips: a few ms
    against boto3. (run.ts spawns the real interpreter, not the pyenv shim, which adds ~350 ms.)"""
    with open('/proc/self/stat') as f:
        stat = f.read()
    ticks = int(stat[stat.rindex(')') + 2:].split()[19])
    tick_s = 1 / os.sysconf('SC_CLK_TCK')
    return (time.clock_gettime(time.CLOCK_BOOTTIME) - (ticks + 0.5) * tick_s) * 1000


def make_client(endpoint):
    # imported here so that setupMs covers loading boto3, as the Node worker's covers its SDK
    import boto3
    from botocore.config import Config
    config = Config(signature_version='s3v4', s3={'addressing_style': 'path'}, max_pool_connections=16)
    return boto3.client('s3', endpoint_url=endpoint, region_name=REGION,
                        aws_access_key_id=ACCESS_KEY, aws_secret_access_key=SECRET_KEY, config=config)


def small(s3):
    """2,000 × (put 4 KiB, get it back), 16 in flight; each worker takes the next index."""
    indices = count()  # next() on it is atomic under the GIL

    def worker():
        mismatches = 0
        while (i := next(indices)) < 2000:
            key = f'small/{NAME}/{i}'
            s3.put_object(Bucket='bench', Key=key, Body=SMALL)
            if s3.get_object(Bucket='bench', Key=key)['Body'].read() != SMALL:
                mismatches += 1
        return mismatches

    with ThreadPoolExecutor(16) as pool:
        bad = sum(f.result() for f in [pool.submit(worker) for _ in range(16)])
    return 'ok' if bad == 0 else f'{bad} mismatches'


def run(scenario, endpoint, arg):
    started_at = time.perf_counter()
    s3 = make_client(endpoint)
    after = None
    t0 = time.perf_counter()
    cpu0 = time.process_time()
    if scenario == 'cold':
        s3.head_object(Bucket='bench', Key='small/0')
        check = 'ok'
    elif scenario in ('upload', 'upload-tuned'):
        from boto3.s3.transfer import TransferConfig
        tuned = TransferConfig(multipart_chunksize=8 * MiB, max_concurrency=8) if scenario == 'upload-tuned' else None
        s3.upload_file(arg, 'bench', f'up/{NAME}/{scenario}', Config=tuned)
        check = 'sent'
    elif scenario in DOWNLOAD_KEYS:
        file = f'{arg}.{NAME}.download'
        s3.download_file('bench', DOWNLOAD_KEYS[scenario], file)
        after = lambda: (os.path.getsize(file), os.remove(file))[0]  # after the clock stops, as in worker.ts
    elif scenario == 'small':
        check = small(s3)
    elif scenario == 'list':
        check = 0
        for page in s3.get_paginator('list_objects_v2').paginate(Bucket='list', PaginationConfig={'PageSize': 1000}):
            check += len(page.get('Contents', []))
    else:
        raise ValueError(f'unknown scenario {scenario}')
    ms = ms_since_process_start() if scenario == 'cold' else (time.perf_counter() - t0) * 1000
    cpu_ms = (time.process_time() - (0 if scenario == 'cold' else cpu0)) * 1000  # every thread of the process
    if after:
        check = after()
    s3.close()
    peak_rss_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return {'ms': ms, 'cpuMs': cpu_ms, 'peakRssMiB': peak_rss_mib, 'check': check, 'setupMs': (t0 - started_at) * 1000}


if __name__ == '__main__':
    scenario, endpoint, arg = (sys.argv[1:] + [''])[:3]
    try:
        print(json.dumps(run(scenario, endpoint, arg)), flush=True)
    except Exception:
        print(json.dumps({'error': traceback.format_exc()}), flush=True)
        sys.exit(1)
