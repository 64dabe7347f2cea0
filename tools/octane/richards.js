// Richards: a simulation of a small operating-system kernel scheduler.
//
// Six tasks (one idle task, one worker, two packet handlers and two devices)
// exchange packets through a priority scheduler.  The idle task releases the
// devices and the worker a fixed number of times (the size); the run is verified
// by the number of packets queued and the number of times a task was held,
// which follow from the simulation exactly.
//
// Style: constructor functions and prototypes.

var ID_IDLE = 0;
var ID_WORKER = 1;
var ID_HANDLER_A = 2;
var ID_HANDLER_B = 3;
var ID_DEVICE_A = 4;
var ID_DEVICE_B = 5;
var NUMBER_OF_IDS = 6;

var KIND_DEVICE = 0;
var KIND_WORK = 1;

var DATA_SIZE = 4;

// Task states, as a bit set.
var STATE_RUNNING = 0;
var STATE_RUNNABLE = 1;
var STATE_SUSPENDED = 2;
var STATE_HELD = 4;
var STATE_SUSPENDED_RUNNABLE = STATE_SUSPENDED | STATE_RUNNABLE;
var STATE_NOT_HELD = ~STATE_HELD;

function Packet(link, id, kind) {
  this.link = link;
  this.id = id;
  this.kind = kind;
  this.a1 = 0;
  this.a2 = new Array(DATA_SIZE);
  for (var i = 0; i < DATA_SIZE; i++) this.a2[i] = 0;
}

// Appends this packet at the end of the queue starting at `queue` and returns the new head.
Packet.prototype.addTo = function (queue) {
  this.link = null;
  if (queue === null) return this;
  var next = queue;
  var peek = next.link;
  while (peek !== null) {
    next = peek;
    peek = next.link;
  }
  next.link = this;
  return queue;
};

function TaskControlBlock(link, id, priority, queue, task) {
  this.link = link;
  this.id = id;
  this.priority = priority;
  this.queue = queue;
  this.task = task;
  this.state = queue === null ? STATE_SUSPENDED : STATE_SUSPENDED_RUNNABLE;
}

TaskControlBlock.prototype.setRunning = function () {
  this.state = STATE_RUNNING;
};

TaskControlBlock.prototype.markAsNotHeld = function () {
  this.state = this.state & STATE_NOT_HELD;
};

TaskControlBlock.prototype.markAsHeld = function () {
  this.state = this.state | STATE_HELD;
};

TaskControlBlock.prototype.isHeldOrSuspended = function () {
  return (this.state & STATE_HELD) !== 0 || this.state === STATE_SUSPENDED;
};

TaskControlBlock.prototype.markAsSuspended = function () {
  this.state = this.state | STATE_SUSPENDED;
};

TaskControlBlock.prototype.markAsRunnable = function () {
  this.state = this.state | STATE_RUNNABLE;
};

// Runs the task: hands it the first queued packet if it is waiting for one.
TaskControlBlock.prototype.run = function () {
  var packet;
  if (this.state === STATE_SUSPENDED_RUNNABLE) {
    packet = this.queue;
    this.queue = packet.link;
    this.state = this.queue === null ? STATE_RUNNING : STATE_RUNNABLE;
  } else {
    packet = null;
  }
  return this.task.run(packet);
};

// Adds a packet to this task's queue; returns the task to run next.
TaskControlBlock.prototype.checkPriorityAdd = function (current, packet) {
  if (this.queue === null) {
    this.queue = packet;
    this.markAsRunnable();
    if (this.priority > current.priority) return this;
  } else {
    this.queue = packet.addTo(this.queue);
  }
  return current;
};

function Scheduler() {
  this.queueCount = 0;
  this.holdCount = 0;
  this.blocks = new Array(NUMBER_OF_IDS);
  this.list = null;
  this.currentTcb = null;
  this.currentId = null;
}

Scheduler.prototype.addTask = function (id, priority, queue, task) {
  this.currentTcb = new TaskControlBlock(this.list, id, priority, queue, task);
  this.list = this.currentTcb;
  this.blocks[id] = this.currentTcb;
};

Scheduler.prototype.addRunningTask = function (id, priority, queue, task) {
  this.addTask(id, priority, queue, task);
  this.currentTcb.setRunning();
};

Scheduler.prototype.addIdleTask = function (id, priority, queue, count) {
  this.addRunningTask(id, priority, queue, new IdleTask(this, 1, count));
};

Scheduler.prototype.addWorkerTask = function (id, priority, queue) {
  this.addTask(id, priority, queue, new WorkerTask(this, ID_HANDLER_A, 0));
};

Scheduler.prototype.addHandlerTask = function (id, priority, queue) {
  this.addTask(id, priority, queue, new HandlerTask(this));
};

Scheduler.prototype.addDeviceTask = function (id, priority, queue) {
  this.addTask(id, priority, queue, new DeviceTask(this));
};

// The main loop: run the highest-priority runnable task until none is left.
Scheduler.prototype.schedule = function () {
  this.currentTcb = this.list;
  while (this.currentTcb !== null) {
    if (this.currentTcb.isHeldOrSuspended()) {
      this.currentTcb = this.currentTcb.link;
    } else {
      this.currentId = this.currentTcb.id;
      this.currentTcb = this.currentTcb.run();
    }
  }
};

Scheduler.prototype.release = function (id) {
  var tcb = this.blocks[id];
  if (tcb === undefined) return tcb;
  tcb.markAsNotHeld();
  if (tcb.priority > this.currentTcb.priority) return tcb;
  return this.currentTcb;
};

Scheduler.prototype.holdCurrent = function () {
  this.holdCount++;
  this.currentTcb.markAsHeld();
  return this.currentTcb.link;
};

Scheduler.prototype.suspendCurrent = function () {
  this.currentTcb.markAsSuspended();
  return this.currentTcb;
};

Scheduler.prototype.queue = function (packet) {
  var target = this.blocks[packet.id];
  if (target === undefined) return target;
  this.queueCount++;
  packet.link = null;
  packet.id = this.currentId;
  return target.checkPriorityAdd(this.currentTcb, packet);
};

// The idle task alternately releases the two devices, driven by a
// pseudo-random shift register, until its count runs out.
function IdleTask(scheduler, v1, count) {
  this.scheduler = scheduler;
  this.v1 = v1;
  this.count = count;
}

IdleTask.prototype.run = function (packet) {
  this.count--;
  if (this.count === 0) return this.scheduler.holdCurrent();
  if ((this.v1 & 1) === 0) {
    this.v1 = this.v1 >> 1;
    return this.scheduler.release(ID_DEVICE_A);
  }
  this.v1 = (this.v1 >> 1) ^ 0xd008;
  return this.scheduler.release(ID_DEVICE_B);
};

function DeviceTask(scheduler) {
  this.scheduler = scheduler;
  this.v1 = null;
}

DeviceTask.prototype.run = function (packet) {
  if (packet === null) {
    if (this.v1 === null) return this.scheduler.suspendCurrent();
    var v = this.v1;
    this.v1 = null;
    return this.scheduler.queue(v);
  }
  this.v1 = packet;
  return this.scheduler.holdCurrent();
};

// The worker fills packets with letters and sends them to alternate handlers.
function WorkerTask(scheduler, v1, v2) {
  this.scheduler = scheduler;
  this.v1 = v1;
  this.v2 = v2;
}

WorkerTask.prototype.run = function (packet) {
  if (packet === null) return this.scheduler.suspendCurrent();
  this.v1 = this.v1 === ID_HANDLER_A ? ID_HANDLER_B : ID_HANDLER_A;
  packet.id = this.v1;
  packet.a1 = 0;
  for (var i = 0; i < DATA_SIZE; i++) {
    this.v2++;
    if (this.v2 > 26) this.v2 = 1;
    packet.a2[i] = this.v2;
  }
  return this.scheduler.queue(packet);
};

// A handler takes work packets and hands their data, one item per device packet, to its device.
function HandlerTask(scheduler) {
  this.scheduler = scheduler;
  this.v1 = null;
  this.v2 = null;
}

HandlerTask.prototype.run = function (packet) {
  if (packet !== null) {
    if (packet.kind === KIND_WORK) this.v1 = packet.addTo(this.v1);
    else this.v2 = packet.addTo(this.v2);
  }
  if (this.v1 !== null) {
    var count = this.v1.a1;
    var v;
    if (count < DATA_SIZE) {
      if (this.v2 !== null) {
        v = this.v2;
        this.v2 = this.v2.link;
        v.a1 = this.v1.a2[count];
        this.v1.a1 = count + 1;
        return this.scheduler.queue(v);
      }
    } else {
      v = this.v1;
      this.v1 = this.v1.link;
      return this.scheduler.queue(v);
    }
  }
  return this.scheduler.suspendCurrent();
};

// Known (queueCount, holdCount) pairs for some idle counts, from a reference run.
var RICHARDS_EXPECTED = {
  50: [120, 47],
  100: [239, 95],
  200: [468, 187],
  500: [1136, 454],
  1000: [2322, 928],
  2000: [4576, 1829],
  3000: [6910, 2763],
  5000: [11544, 4617],
  10000: [23246, 9297],
  20000: [46712, 18684],
  40000: [93014, 37205]
};

function runRichards(count) {
  var scheduler = new Scheduler();
  scheduler.addIdleTask(ID_IDLE, 0, null, count);

  var queue = new Packet(null, ID_WORKER, KIND_WORK);
  queue = new Packet(queue, ID_WORKER, KIND_WORK);
  scheduler.addWorkerTask(ID_WORKER, 1000, queue);

  queue = new Packet(null, ID_DEVICE_A, KIND_DEVICE);
  queue = new Packet(queue, ID_DEVICE_A, KIND_DEVICE);
  queue = new Packet(queue, ID_DEVICE_A, KIND_DEVICE);
  scheduler.addHandlerTask(ID_HANDLER_A, 2000, queue);

  queue = new Packet(null, ID_DEVICE_B, KIND_DEVICE);
  queue = new Packet(queue, ID_DEVICE_B, KIND_DEVICE);
  queue = new Packet(queue, ID_DEVICE_B, KIND_DEVICE);
  scheduler.addHandlerTask(ID_HANDLER_B, 3000, queue);

  scheduler.addDeviceTask(ID_DEVICE_A, 4000, null);
  scheduler.addDeviceTask(ID_DEVICE_B, 5000, null);

  scheduler.schedule();
  return [scheduler.queueCount, scheduler.holdCount];
}

function runIteration(size) {
  var result = runRichards(size);
  var expected = RICHARDS_EXPECTED[size];
  if (expected !== undefined) {
    if (result[0] !== expected[0] || result[1] !== expected[1]) {
      throw new Error("Richards: got queueCount=" + result[0] + " holdCount=" + result[1] +
                      ", expected " + expected[0] + " and " + expected[1]);
    }
  }
  // Every packet the idle task releases passes through the system, so both
  // counts grow with the idle count; a broken scheduler stalls or runs away.
  if (!(result[0] > size * 2 && result[0] < size * 3 && result[1] > size * 0.9 && result[1] < size)) {
    throw new Error("Richards: implausible counts " + result);
  }
}
