// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
description: Property attribute checks (test262's harness/propertyHelper.js API).
defines: [verifyProperty, verifyEqualTo, verifyWritable, verifyNotWritable, verifyEnumerable,
  verifyNotEnumerable, verifyConfigurable, verifyNotConfigurable, verifyPrimordialProperty]
---*/

var __hasOwn = Object.prototype.hasOwnProperty;
var __join = Array.prototype.join;
var __push = Array.prototype.push;
var __propertyIsEnumerable = Object.prototype.propertyIsEnumerable;
var __getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
var __getOwnPropertyNames = Object.getOwnPropertyNames;
var __defineProperty = Object.defineProperty;

function __keyText(name) {
  return typeof name === 'symbol' ? name.toString() : String(name);
}

/**
 * Checks the own property `name` of `obj` against the fields of `desc` (value, writable,
 * enumerable, configurable, get, set); absent fields are not checked. With
 * `options.restore` the property is put back after the destructive checks, otherwise it is
 * deleted when configurable. `desc === undefined` asserts the property is absent.
 */
function verifyProperty(obj, name, desc, options) {
  if (arguments.length < 3) {
    throw new Test262Error('verifyProperty needs an object, a name and a descriptor');
  }
  var key = __keyText(name);
  var original = __getOwnPropertyDescriptor(obj, name);
  if (desc === undefined) {
    if (original !== undefined) {
      throw new Test262Error('verifyProperty: ' + key + ' should not be an own property');
    }
    return true;
  }
  if (!__hasOwn.call(obj, name)) {
    throw new Test262Error('verifyProperty: ' + key + ' should be an own property');
  }
  var names = __getOwnPropertyNames(desc);
  for (var i = 0; i < names.length; i++) {
    var field = names[i];
    if (field !== 'value' && field !== 'writable' && field !== 'enumerable' &&
        field !== 'configurable' && field !== 'get' && field !== 'set') {
      throw new Test262Error('verifyProperty: unknown descriptor field ' + field);
    }
  }
  var failures = [];
  if (__hasOwn.call(desc, 'value') && !assert._isSameValue(original.value, desc.value)) {
    __push.call(failures, 'value should be ' + assert._toString(desc.value) + ', got ' + assert._toString(original.value));
  }
  if (__hasOwn.call(desc, 'get') && original.get !== desc.get) {
    __push.call(failures, 'getter is not the expected function');
  }
  if (__hasOwn.call(desc, 'set') && original.set !== desc.set) {
    __push.call(failures, 'setter is not the expected function');
  }
  if (__hasOwn.call(desc, 'enumerable') && desc.enumerable !== undefined) {
    if (desc.enumerable !== original.enumerable || desc.enumerable !== __isEnumerable(obj, name)) {
      __push.call(failures, desc.enumerable ? 'should be enumerable' : 'should not be enumerable');
    }
  }
  if (__hasOwn.call(desc, 'writable') && desc.writable !== undefined) {
    if (desc.writable !== original.writable || desc.writable !== __isWritable(obj, name)) {
      __push.call(failures, desc.writable ? 'should be writable' : 'should not be writable');
    }
  }
  if (__hasOwn.call(desc, 'configurable') && desc.configurable !== undefined) {
    if (desc.configurable !== original.configurable || desc.configurable !== __isConfigurable(obj, name)) {
      __push.call(failures, desc.configurable ? 'should be configurable' : 'should not be configurable');
    }
  }
  if (failures.length) {
    throw new Test262Error('descriptor of ' + key + ': ' + __join.call(failures, '; '));
  }
  if (options && options.restore) {
    __defineProperty(obj, name, original);
  } else if (original.configurable) {
    delete obj[name];
  }
  return true;
}

function __isEnumerable(obj, name) {
  if (!__propertyIsEnumerable.call(obj, name)) {
    return false;
  }
  if (typeof name === 'symbol') {
    return true;
  }
  for (var k in obj) {
    if (k === String(name)) {
      return true;
    }
  }
  return false;
}

function __isConfigurable(obj, name) {
  try {
    delete obj[name];
  } catch (err) {
    if (!(err instanceof TypeError)) {
      throw err;
    }
  }
  return !__hasOwn.call(obj, name);
}

// Tries a write; restores the old value. Accessors and strict-mode throws count as not writable.
function __isWritable(obj, name, verifyProp, value) {
  var desc = __getOwnPropertyDescriptor(obj, name);
  if (desc && !__hasOwn.call(desc, 'value')) {
    return false;
  }
  var probe = value !== undefined ? value : (typeof obj[name] === 'string' ? 'unlikelyValue' : 'unlikelyValue' + Math.random());
  var old = obj[name];
  var wrote;
  try {
    obj[name] = probe;
    wrote = assert._isSameValue(obj[verifyProp || name], probe);
  } catch (err) {
    if (!(err instanceof TypeError)) {
      throw err;
    }
    wrote = false;
  }
  if (wrote && desc) {
    __defineProperty(obj, name, desc);
  } else if (wrote) {
    obj[name] = old;
  }
  return wrote;
}

function verifyEqualTo(obj, name, value) {
  if (!assert._isSameValue(obj[name], value)) {
    throw new Test262Error('Expected ' + __keyText(name) + ' to equal ' + assert._toString(value) +
      ', actually ' + assert._toString(obj[name]));
  }
}

function verifyWritable(obj, name, verifyProp, value) {
  if (!verifyProp) {
    assert(__getOwnPropertyDescriptor(obj, name).writable, 'Expected ' + __keyText(name) + ' to have writable:true');
  }
  if (!__isWritable(obj, name, verifyProp, value)) {
    throw new Test262Error('Expected ' + __keyText(name) + ' to be writable');
  }
}

function verifyNotWritable(obj, name, verifyProp, value) {
  if (!verifyProp) {
    assert(!__getOwnPropertyDescriptor(obj, name).writable, 'Expected ' + __keyText(name) + ' to have writable:false');
  }
  if (__isWritable(obj, name, verifyProp, value)) {
    throw new Test262Error('Expected ' + __keyText(name) + ' not to be writable');
  }
}

function verifyEnumerable(obj, name) {
  assert(__getOwnPropertyDescriptor(obj, name).enumerable, 'Expected ' + __keyText(name) + ' to have enumerable:true');
  if (!__isEnumerable(obj, name)) {
    throw new Test262Error('Expected ' + __keyText(name) + ' to be enumerable');
  }
}

function verifyNotEnumerable(obj, name) {
  assert(!__getOwnPropertyDescriptor(obj, name).enumerable, 'Expected ' + __keyText(name) + ' to have enumerable:false');
  if (__isEnumerable(obj, name)) {
    throw new Test262Error('Expected ' + __keyText(name) + ' not to be enumerable');
  }
}

function verifyConfigurable(obj, name) {
  assert(__getOwnPropertyDescriptor(obj, name).configurable, 'Expected ' + __keyText(name) + ' to have configurable:true');
  if (!__isConfigurable(obj, name)) {
    throw new Test262Error('Expected ' + __keyText(name) + ' to be configurable');
  }
}

function verifyNotConfigurable(obj, name) {
  assert(!__getOwnPropertyDescriptor(obj, name).configurable, 'Expected ' + __keyText(name) + ' to have configurable:false');
  if (__isConfigurable(obj, name)) {
    throw new Test262Error('Expected ' + __keyText(name) + ' not to be configurable');
  }
}

function verifyPrimordialProperty(obj, name, desc) {
  return verifyProperty(obj, name, desc, { restore: true });
}
